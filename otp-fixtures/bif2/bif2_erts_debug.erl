%% erts_debug: flat and shared sizes, same/2, copy_shared, display/1, dist_ext_to_term/2 and
%% the dirty scheduler helpers.
-module(bif2_erts_debug).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    L = lists:seq(1, 5),
    T = {L, L},
    erlang:display(erts_debug:flat_size(T)),
    erlang:display(erts_debug:size_shared(T)),
    erlang:display([erts_debug:flat_size(X) || X <- [a, 1, 1.5, [], {}, {a}, [a], <<1, 2, 3>>,
                                                   #{a => 1}, 1 bsl 70, "abc", {[a], [b]}]]),
    B = list_to_binary(lists:duplicate(100, $x)),
    erlang:display(erts_debug:flat_size(B)),
    erlang:display(erts_debug:flat_size({B, B})),
    erlang:display(erts_debug:size_shared({B, B})),
    erlang:display(erts_debug:flat_size({a, "literal", [1, 2, {3}]})),
    erlang:display(erts_debug:same(L, L)),
    erlang:display(erts_debug:same(L, lists:seq(1, 5))),
    erlang:display(erts_debug:same(a, a)),
    erlang:display(erts_debug:copy_shared(T)),
    erlang:display(erts_debug:copy_shared(T, true)),
    erlang:display(t(fun() -> erts_debug:copy_shared(T, []) end)),
    erlang:display(erts_debug:display({a, "b", [1 | 2]})),
    erlang:display(erts_debug:dist_ext_to_term({}, term_to_binary({x, 1}))),
    erlang:display(t(fun() -> erts_debug:dist_ext_to_term(x, term_to_binary(a)) end)),
    erlang:display(t(fun() -> erts_debug:dist_ext_to_term({}, <<1, 2>>) end)),
    erlang:display(erts_debug:dirty_cpu(wait, 1)),
    erlang:display(erts_debug:dirty_io(wait, 1)),
    erlang:display(erts_debug:dirty(normal, wait, 1)),
    ok.
