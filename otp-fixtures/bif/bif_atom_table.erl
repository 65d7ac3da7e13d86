%% Creating and comparing many atoms at run time: ten thousand new atoms, their round trip
%% through lists, sorting them, and list_to_existing_atom on atoms that now exist.
-module(bif_atom_table).
-export([main/0]).

main() ->
    Names = ["bif_atom_table_" ++ integer_to_list(I) || I <- lists:seq(1, 10000)],
    Atoms = [list_to_atom(N) || N <- Names],
    erlang:display(length(lists:usort(Atoms))),
    erlang:display(lists:all(fun({N, A}) -> atom_to_list(A) =:= N end, lists:zip(Names, Atoms))),
    erlang:display(lists:sublist(lists:sort(Atoms), 5)),
    erlang:display([list_to_existing_atom(N) || N <- lists:sublist(Names, 9995, 6)]),
    erlang:display(lists:sort([list_to_atom(N) || N <- ["zeta", "alpha", "Beta", "beta", "_u", "9"]])),
    ok.
