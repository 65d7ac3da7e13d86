%% args: +S 2 -s NAME main
%% ets_stress on 2 scheduler(s).
-module(ets_stress_s2).
-export([main/0]).

main() -> ets_stress:main().
