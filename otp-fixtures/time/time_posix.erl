%% posixtime_to_universaltime/1 and universaltime_to_posixtime/1 over the whole range erl
%% accepts (including its reading of years before 1), and their badarg cases.
-module(time_posix).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Secs = [0, -1, 1, 86399, 86400, -86400, -86401, 951782400, 1616895000, 2147483647,
            2147483648, -2147483648, -2208988800, -11676096000, -11676096001, -62135596800,
            -62167219200, -62167219201, -62198755200, -62198755201, 253402300799,
            253402300800, 1 bsl 40, 1 bsl 59, 1 bsl 60, (1 bsl 63) - 1, -(1 bsl 63),
            1 bsl 63, -(1 bsl 63) - 1, 1.5, a, "1", <<1>>],
    [erlang:display({S, t(fun() -> erlang:posixtime_to_universaltime(S) end)}) || S <- Secs],
    Dates = [{{1970,1,1},{0,0,0}}, {{1600,1,1},{0,0,0}}, {{1599,12,31},{23,59,59}},
             {{2000,2,29},{12,0,0}}, {{1900,2,29},{0,0,0}}, {{2100,2,28},{23,59,59}},
             {{9999,12,31},{23,59,59}}, {{10000,1,1},{0,0,0}}, {{2021,13,1},{0,0,0}},
             {{2021,0,1},{0,0,0}}, {{2021,4,31},{0,0,0}}, {{2021,4,30},{24,0,0}},
             {{2021,4,30},{0,60,0}}, {{2021,4,30},{0,0,60}}, {{2021,4,30},{-1,0,0}},
             {{2021,4,30},{0,0}}, {{2021,4,30}}, {2021,4,30}, {{2021.0,4,30},{0,0,0}},
             {{2021,4,30},{0,0,0},x}, [], x],
    [erlang:display({D, t(fun() -> erlang:universaltime_to_posixtime(D) end)}) || D <- Dates],
    %% Round trips.
    erlang:display(lists:all(fun(S) ->
                                     erlang:universaltime_to_posixtime(
                                       erlang:posixtime_to_universaltime(S)) =:= S
                             end, lists:seq(-11676096000, 253402300799, 987654321))),
    ok.
