%% erts_debug dirty scheduler helpers.
-module(bif2_debug_dirty).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erts_debug:dirty_cpu(wait, 0) end)),
    erlang:display(t(fun() -> erts_debug:dirty_io(wait, 2) end)),
    erlang:display(t(fun() -> erts_debug:dirty(dirty_cpu, wait, 0) end)),
    erlang:display(t(fun() -> erts_debug:dirty(dirty_io, wait, 0) end)),
    erlang:display(t(fun() -> erts_debug:dirty(normal, wait, 0) end)),
    ok.
