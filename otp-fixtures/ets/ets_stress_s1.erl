%% args: +S 1 -s NAME main
%% ets_stress on 1 scheduler(s).
-module(ets_stress_s1).
-export([main/0]).

main() -> ets_stress:main().
