%% process_info(self(), current_stacktrace) and the stack trace of a caught exception at several
%% call depths, including frames of body-recursive calls with line numbers.
-module(except_current_stack).
-export([main/0]).

main() ->
    erlang:display(here()),
    erlang:display(level(3)),
    erlang:display([here() || _ <- [x]]),
    ok.

here() ->
    {current_stacktrace, S} = process_info(self(), current_stacktrace),
    [Frame || {M, _, _, _} = Frame <- S, M =/= init].

level(0) -> here();
level(N) -> {N, level(N - 1)}.
