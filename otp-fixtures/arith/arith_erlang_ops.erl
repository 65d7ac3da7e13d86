%% The operators called as functions of module erlang (erlang:'+'/2 and friends, through apply),
%% which go through the BIF path instead of inline instructions.
-module(arith_erlang_ops).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ops = ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr'],
    Vs = [7, -7, 1 bsl 65, 2.0, 0, x],
    [erlang:display({Op, A, B, t(fun() -> apply(erlang, Op, [A, B]) end)})
     || Op <- Ops, A <- Vs, B <- Vs],
    [erlang:display({Op, A, t(fun() -> apply(erlang, Op, [A]) end)})
     || Op <- ['-', '+', 'bnot', abs, float, trunc, round], A <- Vs],
    ok.
