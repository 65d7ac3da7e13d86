%% badarg from the local time conversions: malformed tuples, non-integers, bad IsDst values,
%% and dates before 1902 or past the end of a month.
%% env: TZ=Europe/Stockholm
-module(time_badarg).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bad = [x, [], {}, {{2021,1,1}}, {{2021,1,1},{0,0,0},{}}, {{2021,1},{0,0,0}},
           {{2021,1,1},{0,0}}, {{2021.0,1,1},{0,0,0}}, {{2021,1,1},{0,0,0.0}},
           {{1 bsl 62,1,1},{0,0,0}}, {{-5,1,1},{0,0,0}}, {{1901,12,31},{23,59,59}},
           {{2021,2,29},{0,0,0}}, {{2021,6,31},{0,0,0}}, {{2021,1,1},{23,59,60}},
           {[2021,1,1],{0,0,0}}, {{2147483646,1,1},{0,0,0}}, {{2147483647,1,1},{0,0,0}}],
    [erlang:display({B,
                     t(fun() -> erlang:localtime_to_universaltime(B) end),
                     t(fun() -> erlang:universaltime_to_localtime(B) end)}) || B <- Bad],
    Ok = {{2021,6,1},{12,0,0}},
    [erlang:display({I, t(fun() -> erlang:localtime_to_universaltime(Ok, I) end)})
     || I <- [true, false, undefined, maybe, 1, "true", {true}]],
    %% The current time: well formed, and local date/time agree with localtime/0 (retried
    %% across a second boundary).
    erlang:display(same_second()),
    {{Y, Mo, D}, {H, Mi, S}} = erlang:universaltime(),
    erlang:display(is_integer(Y + Mo + D + H + Mi + S)),
    ok.

same_second() ->
    L = erlang:localtime(),
    {Date, Time} = {erlang:date(), erlang:time()},
    case erlang:localtime() of
        L -> {Date, Time} =:= L;
        _ -> same_second()
    end.
