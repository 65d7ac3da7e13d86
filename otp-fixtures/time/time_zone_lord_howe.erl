%% Local/universal time conversions under TZ=Australia/Lord_Howe: DST gaps and folds with IsDst true, false
%% and undefined, dates out of range (badarg), and a year of half hours round-tripped.
%% env: TZ=Australia/Lord_Howe
-module(time_zone_lord_howe).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Days = [{2021,3,28}, {2021,10,31}, {2021,3,14}, {2021,11,7}, {2021,4,4}, {2021,10,3},
            {2021,1,15}, {2021,7,15}, {1969,12,31}, {1902,1,1}, {1901,12,31}, {2038,1,19},
            {9999,12,31}, {2000,2,29}, {2021,2,29}, {1970,1,1}],
    Times = [{0,0,0}, {1,30,0}, {2,0,0}, {2,15,0}, {2,30,0}, {2,59,59}, {3,0,0}, {12,0,0},
             {23,59,59}],
    [erlang:display({D, T,
                     t(fun() -> erlang:localtime_to_universaltime({D, T}) end),
                     t(fun() -> erlang:localtime_to_universaltime({D, T}, true) end),
                     t(fun() -> erlang:localtime_to_universaltime({D, T}, false) end),
                     t(fun() -> erlang:localtime_to_universaltime({D, T}, undefined) end),
                     t(fun() -> erlang:universaltime_to_localtime({D, T}) end)})
     || D <- Days, T <- Times],
    % Every half hour around this year's transitions, local -> universal -> local.
    Start = erlang:universaltime_to_posixtime({{2021,1,1},{0,0,0}}),
    Round = [begin
                 U = erlang:posixtime_to_universaltime(Start + N * 1800),
                 L = erlang:universaltime_to_localtime(U),
                 {L, erlang:localtime_to_universaltime(L) =:= U}
             end || N <- lists:seq(0, 365 * 48, 7)],
    erlang:display(length([x || {_, false} <- Round])),
    erlang:display(erlang:phash2(Round)),
    ok.
