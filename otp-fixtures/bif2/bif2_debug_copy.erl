%% erts_debug:copy_shared/1,2 keep the term equal.
-module(bif2_debug_copy).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> begin T = {a, [1, 2], <<"b">>, #{k => v}}, erts_debug:copy_shared(T) =:= T end end)),
    erlang:display(t(fun() -> erts_debug:copy_shared(x) end)),
    erlang:display(t(fun() -> erts_debug:copy_shared([1 | 2]) end)),
    erlang:display(t(fun() -> erts_debug:copy_shared({}, false) end)),
    erlang:display(t(fun() -> erts_debug:copy_shared(1, x) end)),
    ok.
