%% try ... catch Class:Reason:Stack: the stack trace as a list of {M, F, ArityOrArgs, Location}
%% frames, for errors raised by BIFs, by operators, by erlang:error/2 (arguments in the top frame)
%% and from deep recursion (only the newest frames are kept).
-module(except_try_stack).
-export([main/0, with_args/2]).

show(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R:S -> {C, R, S}
    end.

main() ->
    erlang:display(show(fun() -> 1 + list_to_integer("x") end)),
    erlang:display(show(fun() -> id(a) + 1 end)),
    erlang:display(show(fun() -> ?MODULE:with_args(1, two) end)),
    erlang:display(show(fun() -> recurse(30) end)),
    erlang:display(show(fun() -> tail(30) end)),
    erlang:display(show(fun() -> hd(id([])) end)),
    erlang:display(show(fun() -> lists:map(fun(X) -> 10 div X end, [1, 0]) end)),
    erlang:display(show(fun() -> lists:foldl(fun(X, A) -> A + X end, 0, [1, x]) end)),
    erlang:display(show(fun() -> throw(t) end)),
    erlang:display(show(fun() -> exit(e) end)),
    ok.

id(X) -> X.

with_args(A, B) -> erlang:error(bad_args, [A, B]).

recurse(0) -> error(bottom);
recurse(N) -> 1 + recurse(N - 1).

tail(0) -> error(bottom_tail);
tail(N) -> tail(N - 1).
