%% Stack traces keep only the newest frames (backtrace_depth, 8 by default); body recursion and
%% tail recursion leave different frames behind; a changed backtrace_depth takes effect.
-module(except_backtrace_depth).
-export([main/0]).

main() ->
    [erlang:display({N, frames(fun() -> body(N) end)}) || N <- [0, 1, 3, 7, 8, 20]],
    erlang:display(frames(fun() -> tail(20) end)),
    erlang:display(frames(fun() -> mutual_a(9) end)),
    Old = erlang:system_flag(backtrace_depth, 3),
    erlang:display({old_depth, Old}),
    erlang:display(frames(fun() -> body(10) end)),
    erlang:system_flag(backtrace_depth, 20),
    erlang:display(frames(fun() -> body(10) end)),
    erlang:system_flag(backtrace_depth, Old),
    erlang:display(frames(fun() -> body(10) end)),
    ok.

frames(F) ->
    try F() catch error:R:S -> {R, length(S), [{Fn, A} || {_, Fn, A, _} <- S]} end.

body(0) -> error(deep);
body(N) -> [N | body(N - 1)].

tail(0) -> error(deep_tail);
tail(N) -> tail(N - 1).

mutual_a(0) -> error(mutual);
mutual_a(N) -> {a, mutual_b(N - 1)}.

mutual_b(0) -> error(mutual);
mutual_b(N) -> {b, mutual_a(N - 1)}.
