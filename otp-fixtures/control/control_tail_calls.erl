%% Tail calls must run in constant stack: long tail-recursive loops, mutual tail recursion between
%% two and three functions, tail calls through funs and apply, and a counting loop of ten million.
-module(control_tail_calls).
-export([main/0, ext_loop/2]).

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + 1).

even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).

a(0) -> a; a(N) -> b(N - 1).
b(0) -> b; b(N) -> c(N - 1).
c(0) -> c; c(N) -> a(N - 1).

ext_loop(0, Acc) -> Acc;
ext_loop(N, Acc) -> ?MODULE:ext_loop(N - 1, Acc + 2).

fun_loop(_, 0, Acc) -> Acc;
fun_loop(F, N, Acc) -> F(F, N - 1, Acc + 3).

main() ->
    erlang:display(loop(10000000, 0)),
    erlang:display({even(1000001), odd(1000001)}),
    erlang:display([a(N) || N <- [3000000, 3000001, 3000002]]),
    erlang:display(ext_loop(1000000, 0)),
    erlang:display(fun_loop(fun fun_loop/3, 1000000, 0)),
    erlang:display(apply_loop(500000, 0)),
    ok.

apply_loop(0, Acc) -> Acc;
apply_loop(N, Acc) -> apply(fun apply_loop/2, [N - 1, Acc + 1]).
