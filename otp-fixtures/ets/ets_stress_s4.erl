%% args: +S 4 -s NAME main
%% ets_stress on 4 scheduler(s).
-module(ets_stress_s4).
-export([main/0]).

main() -> ets_stress:main().
