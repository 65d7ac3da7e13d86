%% args: +S 1 -s NAME main
%% A long re:run on one scheduler does not hold up the other processes: a ticker that wakes
%% every millisecond keeps ticking during the first half of a match over 5.6 MB (erl's re
%% yields; a run that held its scheduler would let no tick in before it returned).
-module(re_long_match_s1).
-export([main/0]).

main() ->
    Subject = binary:copy(<<"lorem ipsum dolor sit amet, consectetur adipiscing elit\n">>, 100000),
    Table = ets:new(ticks, [public, duplicate_bag]),
    Ticker = spawn(fun() -> tick(Table) end),
    receive after 20 -> ok end,
    T0 = erlang:monotonic_time(),
    R = re:run(Subject, "(\\w+)@(\\w+)\\.org|zebra[0-9]+", [global, {capture, all, index}]),
    T1 = erlang:monotonic_time(),
    exit(Ticker, kill),
    erlang:display(R),
    Half = T0 + (T1 - T0) div 2,
    Early = [T || {T} <- ets:tab2list(Table), T > T0, T < Half],
    erlang:display(length(Early) > 0),
    erlang:display(re:run(Subject, "elit\\n$", [{capture, first, index}])),
    erlang:display(re:run(Subject, "ipsum", [global, {capture, none}])),
    {match, All} = re:run(Subject, "amet", [global, {capture, first, index}]),
    erlang:display({length(All), hd(All), lists:last(All)}),
    ok.

tick(Table) ->
    ets:insert(Table, {erlang:monotonic_time()}),
    receive after 1 -> ok end,
    tick(Table).
