%% Lock counting is not built in: lcnt_control/1,2 are badarg, lcnt_clear/0 and lcnt_collect/0
%% answer error.
-module(bif2_lcnt).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erts_debug:lcnt_clear() end)),
    erlang:display(t(fun() -> erts_debug:lcnt_collect() end)),
    [erlang:display(t(fun() -> erts_debug:lcnt_control(X) end))
     || X <- [mask, copy_save, process_locks, x, 1, []]],
    [erlang:display(t(fun() -> erts_debug:lcnt_control(X, V) end))
     || {X, V} <- [{mask, []}, {mask, [all]}, {copy_save, true}, {copy_save, false},
                   {process_locks, true}, {x, y}, {1, 2}]],
    ok.
