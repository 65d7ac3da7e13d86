%% Non-local exits: throw from deep inside lists:foldl/map callbacks, early return from a search
%% with throw, and exceptions crossing several module boundaries (lists, our own functions).
-module(except_nonlocal).
-export([main/0]).

find_first(Pred, L) ->
    try
        lists:foreach(fun(X) -> case Pred(X) of true -> throw({found, X}); false -> ok end end, L),
        not_found
    catch
        throw:{found, X} -> {found, X}
    end.

main() ->
    erlang:display(find_first(fun(X) -> X > 3 end, [1, 2, 3, 4, 5])),
    erlang:display(find_first(fun(X) -> X > 30 end, [1, 2, 3, 4, 5])),
    erlang:display(catch lists:foldl(fun(X, Acc) when X < 4 -> Acc + X;
                                        (X, Acc) -> throw({stopped_at, X, Acc}) end, 0, lists:seq(1, 10))),
    erlang:display(try lists:map(fun(X) -> 100 div X end, [5, 4, 0, 2])
                   catch error:badarith:S -> {badarith, [{M, F} || {M, F, _, _} <- S]} end),
    erlang:display(try lists:sort(fun(A, B) -> A + B > 0 end, [1, a, 2])
                   catch error:R -> {sort_failed, R} end),
    erlang:display(catch lists:flatmap(fun(X) -> exit({flat, X}) end, [q])),
    ok.
