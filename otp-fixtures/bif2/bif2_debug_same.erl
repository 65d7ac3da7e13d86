%% erts_debug:same/2 on immediates, copies and shared terms.
-module(bif2_debug_same).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erts_debug:same(1, 1) end)),
    erlang:display(t(fun() -> erts_debug:same(a, a) end)),
    erlang:display(t(fun() -> erts_debug:same([], []) end)),
    erlang:display(t(fun() -> begin L = lists:seq(1, 3), erts_debug:same(L, L) end end)),
    erlang:display(t(fun() -> begin L = lists:seq(1, 3), erts_debug:same(L, lists:seq(1, 3)) end end)),
    erlang:display(t(fun() -> begin L = lists:seq(1, 3), erts_debug:same(L, erts_debug:copy_shared(L)) end end)),
    erlang:display(t(fun() -> begin T = {x, lists:seq(1, 3)}, erts_debug:same(element(2, T), element(2, T)) end end)),
    ok.
