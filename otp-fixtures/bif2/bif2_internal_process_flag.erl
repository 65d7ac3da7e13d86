%% erts_internal:process_flag/3 (behind erlang:process_flag/3): the caller's save_calls
%% directly, another process's through a reference and an answer message, badtype for no
%% process, badarg answers for bad flags and values.
-module(bif2_internal_process_flag).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

answer(V) when is_reference(V) -> receive {V, X} -> {ref, X} after 1000 -> timeout end;
answer(V) -> V.

main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    [erlang:display(answer(erts_internal:process_flag(Pid, F, V)))
     || {Pid, F, V} <- [{self(), save_calls, 5}, {self(), save_calls, 0}, {self(), save_calls, 10001},
                        {self(), save_calls, -1}, {self(), save_calls, x}, {self(), trap_exit, true},
                        {self(), x, 1}, {P, save_calls, 3}, {P, save_calls, 10000}, {P, save_calls, 0},
                        {P, save_calls, 10001}, {P, trap_exit, true}, {P, priority, high},
                        {Dead, save_calls, 3}, {Dead, x, y}, {x, save_calls, 1}, {1, save_calls, 1}]],
    erlang:display(t(fun() -> process_flag(P, save_calls, 7) end)),
    erlang:display(t(fun() -> process_flag(P, save_calls, 0) end)),
    erlang:display(t(fun() -> process_flag(Dead, save_calls, 1) end)),
    erlang:display(t(fun() -> process_flag(P, trap_exit, true) end)),
    erlang:display(t(fun() -> process_flag(self(), save_calls, 2) end)),
    erlang:display(t(fun() -> process_flag(self(), save_calls, 0) end)),
    P ! stop,
    ok.
