%% The dirty process signal handlers' built-ins: is_process_executing_dirty/1 for anyone,
%% dirty_process_handle_signals/1 and check_dirty_process_code/2 only for the handlers
%% (notsup for any other process, whatever the arguments).
-module(bif2_dirty_helpers).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    [erlang:display(t(fun() -> erts_internal:is_process_executing_dirty(X) end))
     || X <- [self(), P, Dead, x, 1, make_ref()]],
    [erlang:display(t(fun() -> erts_internal:dirty_process_handle_signals(X) end))
     || X <- [self(), P, Dead, x]],
    [erlang:display(t(fun() -> erts_internal:check_dirty_process_code(X, M) end))
     || {X, M} <- [{self(), lists}, {P, lists}, {Dead, lists}, {x, lists}, {P, 1}]],
    erlang:display(t(fun() -> erts_debug:dirty_cpu(wait, 1) end)),
    erlang:display(erts_internal:is_process_executing_dirty(self())),
    P ! stop,
    ok.
