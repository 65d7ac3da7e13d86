%% try ... of ... catch: the of-clauses see the value, exceptions raised in the of-clauses are not
%% caught by the same try, and a value no of-clause matches raises {try_clause, V}.
-module(except_try_of).
-export([main/0]).

main() ->
    [erlang:display({X, outer(X)}) || X <- [1, 2, 3, error, throw, nomatch]],
    ok.

outer(X) ->
    try inner(X)
    catch
        C:R -> {outer_caught, C, R}
    end.

inner(X) ->
    try produce(X) of
        1 -> one;
        2 -> throw(from_of_clause);
        3 -> error(from_of_clause)
    catch
        throw:T -> {inner_caught_throw, T};
        error:E -> {inner_caught_error, E}
    end.

produce(error) -> error(boom);
produce(throw) -> throw(ball);
produce(X) -> X.
