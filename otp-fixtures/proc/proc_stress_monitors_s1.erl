%% args: +S 1 -s NAME main
%% proc_stress_monitors on 1 scheduler(s).
-module(proc_stress_monitors_s1).
-export([main/0]).

main() -> proc_stress_monitors:main().
