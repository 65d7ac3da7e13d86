%% Atoms compare by their text (codepoint by codepoint), not by creation order; a prefix is smaller;
%% atoms made at run time compare the same as literals.
-module(compare_atoms).
-export([main/0]).

main() ->
    As = [b, a, aa, 'A', 'Z', '', 'a b', zzz, abc, ab, 'é', 'ü', '日本', true, false, undefined,
          list_to_atom("runtime_atom"), list_to_atom("a"), list_to_atom([16#1F600])],
    erlang:display(lists:sort(As)),
    erlang:display(lists:reverse(lists:sort(As))),
    [erlang:display({A, B, A < B, A == B}) || A <- [a, 'A', 'é', ab], B <- As],
    erlang:display(lists:usort([list_to_atom(atom_to_list(A)) || A <- As] ++ As)),
    erlang:display({a == list_to_atom("a"), a =:= list_to_existing_atom("a")}),
    ok.
