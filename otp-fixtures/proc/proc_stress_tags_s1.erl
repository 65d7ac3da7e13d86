%% args: +S 1 -s NAME main
%% proc_stress_tags on 1 scheduler(s).
-module(proc_stress_tags_s1).
-export([main/0]).

main() -> proc_stress_tags:main().
