%% erts_debug:size_shared/1 leaves a module's literals out (they live in no process's
%% memory), while erts_debug:flat_size/1 counts them.
-module(bif2_size_shared_literals).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Lits = [{a, "literal", [1, 2, {3}]}, "a string", [1, 2, 3], {x, y}, <<"bin">>,
            #{a => 1, b => [2]}, {}, [], 1 bsl 80, 1.5],
    [erlang:display({erts_debug:flat_size(L), erts_debug:size_shared(L)}) || L <- Lits],
    N = ?MODULE:id(7),
    Mixed = {N, {a, "literal"}},
    erlang:display({erts_debug:flat_size(Mixed), erts_debug:size_shared(Mixed)}),
    Cons = [N | "tail literal"],
    erlang:display({erts_debug:flat_size(Cons), erts_debug:size_shared(Cons)}),
    Copy = erts_debug:copy_shared({a, "literal", [1, 2, {3}]}),
    erlang:display({erts_debug:flat_size(Copy), erts_debug:size_shared(Copy)}),
    Built = binary_to_term(term_to_binary({a, "literal", [1, 2, {3}]})),
    erlang:display({erts_debug:flat_size(Built), erts_debug:size_shared(Built)}),
    Shared = lists:seq(1, N),
    Both = {Shared, Shared, "lit", "lit"},
    erlang:display({erts_debug:flat_size(Both), erts_debug:size_shared(Both)}),
    ok.
