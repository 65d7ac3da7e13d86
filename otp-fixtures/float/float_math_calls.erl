%% One-argument math functions called directly from Erlang code: float, small integer and
%% bignum arguments, results at the edges (overflow, domain errors give badarith), bad arguments
%% (badarg) with the stack traces erl reports, calls in tail and body position, and a loop that
%% keeps the results on the heap across garbage collections.
-module(float_math_calls).
-export([main/0]).

main() ->
    Args = [0, 1, -1, 2, 0.0, -0.0, 0.5, -0.5, 1.0e-300, 1.0e300, 710, 709.0, -745.5,
            1 bsl 70, -(1 bsl 70), 3.141592653589793, 1.5707963267948966],
    [erlang:display({F, A, attempt(F, A)}) || F <- [sqrt, sin, cos, tan, atan, exp, log], A <- Args],
    [erlang:display({F, A, attempt(F, A)}) || F <- [sqrt, exp, log], A <- [foo, "1", <<>>, {1.0}]],
    erlang:display(catch_trace(fun() -> body_sqrt(-4.0) end)),
    erlang:display(catch_trace(fun() -> tail_log(0) end)),
    erlang:display(catch_trace(fun() -> body_sqrt(atom) end)),
    erlang:display(sum_roots(200000, 0.0)),
    erlang:display(chain(1.0, 50)),
    ok.

attempt(F, A) ->
    try apply_math(F, A) of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

apply_math(sqrt, A) -> math:sqrt(A);
apply_math(sin, A) -> math:sin(A);
apply_math(cos, A) -> math:cos(A);
apply_math(tan, A) -> math:tan(A);
apply_math(atan, A) -> math:atan(A);
apply_math(exp, A) -> math:exp(A);
apply_math(log, A) -> math:log(A).

body_sqrt(X) ->
    R = math:sqrt(X),
    {R}.

tail_log(X) -> math:log(X).

catch_trace(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S -> {C, R, [{M, Fn, A} || {M, Fn, A, _} <- S]}
    end.

sum_roots(0, Acc) -> Acc;
sum_roots(N, Acc) -> sum_roots(N - 1, Acc + math:sqrt(N) * math:sin(N)).

chain(X, 0) -> X;
chain(X, N) -> chain(math:atan(math:exp(math:cos(X))) + math:log(N + 1), N - 1).
