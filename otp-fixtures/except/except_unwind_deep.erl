%% An exception thrown at the bottom of a hundred-thousand-frame body recursion unwinds through all
%% frames to a handler at the top; handlers at several depths; after clauses along the way.
-module(except_unwind_deep).
-export([main/0]).

down(0) -> throw(bottom);
down(N) -> 1 + down(N - 1).

down_catch(0, _) -> throw({bottom, 0});
down_catch(N, Every) when N rem Every =:= 0 ->
    try 1 + down_catch(N - 1, Every)
    catch throw:{bottom, K} -> throw({bottom, K + 1})
    end;
down_catch(N, Every) -> 1 + down_catch(N - 1, Every).

with_after(0) -> throw(done);
with_after(N) ->
    try with_after(N - 1)
    after put(afters, get(afters) + 1)
    end.

main() ->
    erlang:display(catch down(100000)),
    erlang:display(catch down_catch(100000, 1000)),
    put(afters, 0),
    erlang:display(catch with_after(5000)),
    erlang:display({afters, get(afters)}),
    erlang:display(try down(50000) catch throw:B -> {caught, B} end),
    ok.
