%% atom_to_list/1, list_to_atom/1, list_to_existing_atom/1, atom_to_binary/1,2 and
%% binary_to_atom/1,2: unicode atoms, quoting in output, the 255-character limit, bad characters.
-module(bif_atoms).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Atoms = [a, 'A', '', ' ', 'hello world', '\n', 'é', '日本語', 'true', 'x@y', 'a.b',
             '[]', '{}', 'Ω', '\\', '"', 'aé'],
    [erlang:display({A, atom_to_list(A), length(atom_to_list(A)), t(fun() -> atom_to_binary(A) end),
                     t(fun() -> atom_to_binary(A, latin1) end), t(fun() -> atom_to_binary(A, utf8) end)})
     || A <- Atoms],
    Strs = ["abc", "", "with space", "UPPER", [233], [26085, 26412], [16#1F600], [16#10FFFF],
            [16#110000], [-1], [a], [$a | $b], "ok", lists:duplicate(255, $z),
            lists:duplicate(256, $z), lists:duplicate(255, 16#3042), lists:duplicate(256, 16#3042)],
    [erlang:display({length_of(S), t(fun() -> length(atom_to_list(list_to_atom(S))) end),
                     t(fun() -> list_to_atom(S) =:= list_to_existing_atom(S) end)}) || S <- Strs],
    erlang:display(t(fun() -> list_to_existing_atom("bif_atoms_surely_never_made_qq") end)),
    erlang:display([t(fun() -> binary_to_atom(B, latin1) end) || B <- [<<"abc">>, <<233>>, <<>>]]),
    erlang:display([t(fun() -> binary_to_atom(B, utf8) end) || B <- [<<"abc">>, <<195, 169>>, <<233>>, <<255>>]]),
    erlang:display([t(fun() -> binary_to_atom(B) end) || B <- [<<"xyz">>, <<230, 151, 165>>]]),
    erlang:display(t(fun() -> atom_to_list("notatom") end)),
    erlang:display(t(fun() -> atom_to_binary('日本', latin1) end)),
    ok.

length_of(S) -> try length(S) catch _:_ -> improper end.
