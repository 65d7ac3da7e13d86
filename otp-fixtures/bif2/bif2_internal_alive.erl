%% erts_internal:is_process_alive/1,2 (behind erlang:is_process_alive/1): the answer message
%% {Ref, Alive}, and badarg for a non-pid or a non-reference.
-module(bif2_internal_alive).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    [begin
         R = make_ref(),
         erlang:display(erts_internal:is_process_alive(Pid, R)),
         erlang:display(receive {R, A} -> A after 1000 -> timeout end)
     end || Pid <- [self(), P, Dead]],
    erlang:display([erts_internal:is_process_alive(X) || X <- [self(), P, Dead]]),
    erlang:display([is_process_alive(X) || X <- [self(), P, Dead]]),
    R2 = make_ref(),
    [erlang:display(t(fun() -> erts_internal:is_process_alive(A, B) end))
     || {A, B} <- [{x, R2}, {P, x}, {P, 1}, {1, R2}, {P, self()}]],
    erlang:display(t(fun() -> erts_internal:is_process_alive(x) end)),
    %% A process killed just before the question is seen dead.
    Q = spawn(fun() -> receive stop -> ok end end),
    exit(Q, kill),
    erlang:display(erts_internal:is_process_alive(Q)),
    P ! stop,
    ok.
