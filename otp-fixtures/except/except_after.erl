%% try ... after: the after block runs on normal return and on every exception class, does not
%% change the value returned, and an exception raised inside after replaces the original one.
-module(except_after).
-export([main/0]).

main() ->
    [erlang:display({X, catch_all(fun() -> with_after(X) end)}) || X <- [ok, error, exit, throw]],
    erlang:display(catch_all(fun() -> after_raises() end)),
    erlang:display(catch_all(fun() -> nested_after() end)),
    erlang:display(catch_all(fun() -> after_with_of(5) end)),
    erlang:display(catch_all(fun() -> after_with_of(error) end)),
    ok.

catch_all(F) -> try F() catch C:R -> {caught, C, R} end.

with_after(X) ->
    try action(X)
    after
        erlang:display({after_ran, X})
    end.

action(ok) -> value;
action(error) -> error(e);
action(exit) -> exit(x);
action(throw) -> throw(t).

after_raises() ->
    try error(first)
    after
        throw(second)
    end.

nested_after() ->
    try
        try throw(inner)
        after erlang:display(inner_after)
        end
    after
        erlang:display(outer_after)
    end.

after_with_of(X) ->
    try action2(X) of
        V -> {got, V}
    catch
        error:R -> {error_clause, R}
    after
        erlang:display({after_of, X})
    end.

action2(error) -> error(bad);
action2(X) -> X * 2.
