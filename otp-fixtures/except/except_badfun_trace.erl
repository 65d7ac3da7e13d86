%% The stack traces of failed fun calls: a badfun from a call that is not the last of its
%% function shows the call site twice in erl (the failing call, then the return address it
%% pushed); a tail call, a badarity and an apply/2 show it once.
-module(except_badfun_trace).
-export([main/0, f/1, g/1, h/1, k/1, m/1]).

main() ->
    [show(fun() -> ?MODULE:F(A) end) || {F, A} <- [{f, 42}, {g, 42}, {h, fun(X) -> X end},
                                                   {k, {not_a, funny}}, {m, 42}]],
    show(fun() -> apply(id(42), []) end),
    show(fun() -> apply(id(42), [1, 2]) end),
    show(fun() -> try (id(42))(1) catch error:R:S -> erlang:raise(error, R, S) end end),
    ok.

f(F) -> F(), ok.
g(F) -> F().
h(F) -> F(1, 2), ok.
k(T) -> (element(2, T))(x), ok.
m(F) -> X = [F(Y) || Y <- [1, 2]], X.

id(X) -> X.

show(Fun) ->
    {_, Ref} = spawn_monitor(fun() ->
        try Fun() catch C:R:S -> exit({C, R, [{M, F, A} || {M, F, A, _} <- S]}) end
    end),
    receive {'DOWN', Ref, process, _, Why} -> erlang:display(Why) end.
