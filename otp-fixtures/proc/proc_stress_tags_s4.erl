%% args: +S 4 -s NAME main
%% proc_stress_tags on 4 scheduler(s).
-module(proc_stress_tags_s4).
-export([main/0]).

main() -> proc_stress_tags:main().
