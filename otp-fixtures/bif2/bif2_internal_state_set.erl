%% erts_debug:set_internal_state/2 items girder supports, their argument checks, and badarg
%% for the rest.
-module(bif2_internal_state_set).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:system_flag(system_logger, undefined),
    erts_debug:set_internal_state(available_internal_state, true),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    S = fun(X, V) -> erlang:display({X, t(fun() -> erts_debug:set_internal_state(X, V) end)}) end,
    [S(X, V) || {X, V} <- [{reds_left, 100}, {reds_left, 0}, {reds_left, -1}, {reds_left, 1 bsl 70},
                           {reds_left, x}, {sleep, 1}, {sleep, 0}, {sleep, -5}, {sleep, x},
                           {sleep, 1.0}, {block, 1}, {block, a}, {block_scheduler, 1},
                           {block_scheduler, []}, {force_gc, self()}, {force_gc, x}, {force_gc, Dead},
                           {wait, deallocations}, {wait, timer_cancellations}, {wait, aux_work},
                           {wait, thread_progress}, {wait, x}, {wait, 1},
                           {test_long_gc_sleep, 0}, {test_long_gc_sleep, 5},
                           {test_long_gc_sleep, -1}, {test_long_gc_sleep, x},
                           {nope, 1}, {1, 1}, {"reds_left", 1}, {{reds_left}, 1}]],
    ok.
