%% A ten-million-element list: built, reversed, summed, and compared with the reverse of its reverse, so
%% the heap must grow to hundreds of megabytes and collections must copy long lists without
%% recursion.
-module(gc_big_list).
-export([main/0]).

-define(N, 10000000).

main() ->
    L = build(?N, []),
    erlang:display({length, length(L)}),
    R = lists:reverse(L),
    erlang:display({heads, hd(L), hd(R)}),
    erlang:display({sum, sum(L, 0), sum(R, 0)}),
    erlang:display({equal, lists:reverse(R) =:= L, L =:= R}),
    erlang:display({last, lists:last(R)}),
    ok.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [N | Acc]).

sum([], S) -> S;
sum([X | T], S) -> sum(T, S + X).
