%% Exceptions raised inside funs and closures: the generated function names ('-main/0-fun-0-')
%% and arities in the stack trace, funs passed to other modules, funs returning funs.
-module(except_funs).
-export([main/0]).

show(F) -> try F() catch C:R:S -> {C, R, S} end.

main() ->
    Adder = fun(N) -> fun(X) -> X + N end end,
    erlang:display(show(fun() -> (Adder(1))(a) end)),
    erlang:display(show(fun() -> lists:map(Adder(x), [1]) end)),
    Rec = fun Loop(0) -> error(loop_done); Loop(N) -> Loop(N - 1) end,
    erlang:display(show(fun() -> Rec(3) end)),
    Compose = fun(F, G) -> fun(X) -> G(F(X)) end end,
    Bad = Compose(fun(X) -> X * 2 end, fun(Y) -> element(Y, {1}) end),
    erlang:display(show(fun() -> Bad(3) end)),
    erlang:display(show(fun() -> lists:filter(fun(X) -> X end, [true, false, 3]) end)),
    erlang:display(show(fun() -> lists:foldr(fun(X, A) -> X ++ A end, [], [[1], 2, [3]]) end)),
    ok.
