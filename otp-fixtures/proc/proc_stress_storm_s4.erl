%% args: +S 4 -s NAME main
%% proc_stress_storm on 4 scheduler(s).
-module(proc_stress_storm_s4).
-export([main/0]).

main() -> proc_stress_storm:main().
