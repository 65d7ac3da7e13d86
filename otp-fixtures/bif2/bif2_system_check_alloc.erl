%% erts_internal:system_check/1 and the allocator statistics built-ins behind the instrument
%% module: results' shapes and badarg cases.
-module(bif2_system_check_alloc).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(erts_internal:system_check(schedulers)),
    [erlang:display(t(fun() -> erts_internal:system_check(X) end)) || X <- [x, 1, [], {schedulers}]],
    R = make_ref(),
    Known = [sys_alloc, temp_alloc, sl_alloc, std_alloc, ll_alloc, eheap_alloc, ets_alloc, fix_alloc,
             literal_alloc, binary_alloc, driver_alloc, test_alloc],
    [erlang:display({A, is_integer(erts_internal:gather_alloc_histograms({A, 0, 2, 128, R})),
                     is_integer(erts_internal:gather_carrier_info({A, 0, 2, 128, R}))})
     || A <- Known],
    [erlang:display({A, t(fun() -> erts_internal:gather_alloc_histograms({A, 0, 2, 128, R}) end),
                     t(fun() -> erts_internal:gather_carrier_info({A, 0, 2, 128, R}) end)})
     || A <- [mseg_alloc, exec_alloc, nope_alloc, 1]],
    erlang:display(t(fun() -> erts_internal:gather_alloc_histograms({binary_alloc, 999, 2, 128, R}) end)),
    erlang:display(t(fun() -> erts_internal:gather_carrier_info({binary_alloc, -1, 2, 128, R}) end)),
    erlang:display(is_integer(erts_internal:gather_carrier_info({binary_alloc, erlang:system_info(schedulers), 2, 128, R}))),
    ok.
