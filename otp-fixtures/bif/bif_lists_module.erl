%% Functions of the lists module (Erlang code in OTP that calls the list BIFs): seq, nth, nthtail,
%% sublist, last, duplicate, flatten, append, zip, unzip, split, partition, filter, foldl, foldr,
%% mapfoldl, sum, max, min, delete, subtract, usort, dropwhile, takewhile, splitwith, and errors.
-module(bif_lists_module).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    L = lists:seq(1, 10),
    erlang:display({lists:seq(1, 0), lists:seq(5, 1, -1), lists:seq(1, 10, 3), t(fun() -> lists:seq(1, -5) end)}),
    erlang:display({lists:nth(3, L), t(fun() -> lists:nth(11, L) end), lists:nthtail(8, L), lists:sublist(L, 3, 4)}),
    erlang:display({lists:last(L), lists:duplicate(3, x), lists:flatten([1, [2, [3, [4]], []], 5])}),
    erlang:display({lists:append([[1], [2, 3], []]), lists:append("ab", "cd"), lists:concat([a, 1, "b", 2.0])}),
    erlang:display({lists:zip([1, 2], [a, b]), lists:unzip([{1, a}, {2, b}]), t(fun() -> lists:zip([1], []) end)}),
    erlang:display({lists:split(3, L), lists:partition(fun(X) -> X rem 2 =:= 0 end, L)}),
    erlang:display({lists:filter(fun(X) -> X > 5 end, L), lists:foldl(fun(X, A) -> [X | A] end, [], L),
                    lists:foldr(fun(X, A) -> [X | A] end, [], L)}),
    erlang:display(lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L)),
    erlang:display({lists:sum(L), lists:max(L), lists:min(L), t(fun() -> lists:max([]) end)}),
    erlang:display({lists:delete(3, [1, 3, 2, 3]), lists:subtract([1, 2, 3, 2], [2]), lists:usort([3, 1, 2, 1])}),
    erlang:display({lists:dropwhile(fun(X) -> X < 4 end, L), lists:takewhile(fun(X) -> X < 4 end, L),
                    lists:splitwith(fun(X) -> X < 4 end, L)}),
    erlang:display({lists:all(fun is_integer/1, L), lists:any(fun(X) -> X > 9 end, L),
                    lists:map(fun(X) -> X * X end, L), lists:flatmap(fun(X) -> [X, X] end, [1, 2])}),
    erlang:display({lists:zip3([1], [2], [3]), lists:zipwith(fun(A, B) -> A + B end, [1, 2], [3, 4])}),
    erlang:display({lists:enumerate([a, b, c]), lists:uniq([3, 1, 3, 2, 1]), lists:join(x, [a, b, c])}),
    erlang:display({lists:prefix("ab", "abc"), lists:suffix("bc", "abc"), lists:droplast(L)}),
    erlang:display({lists:foldl(fun(X, A) -> A + X end, 0, lists:seq(1, 100000)),
                    length(lists:flatten(lists:duplicate(1000, [a, [b, [c]]])))}),
    ok.
