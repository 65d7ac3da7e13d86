%% atom_to_binary/1,2 with latin1, utf8 and unicode encodings: atoms above 255 fail in latin1,
%% latin-1 atoms are re-encoded in utf8; bad encodings and non-atoms are badarg.
-module(binary_atom_to_binary).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    As = ['', a, 'hello world', 'Ab', 'é', 'ÿ', 'Ω', '日本語', '🙂', true, [], 'with\0nul', 'tab\there',
          list_to_atom(lists:duplicate(255, $x)), list_to_atom(lists:duplicate(255, 16#1F600))],
    [erlang:display({t(fun() -> byte_size(atom_to_binary(?MODULE:id(A))) end),
                     t(fun() -> atom_to_binary(?MODULE:id(A), utf8) end),
                     t(fun() -> atom_to_binary(?MODULE:id(A), unicode) end),
                     t(fun() -> atom_to_binary(?MODULE:id(A), latin1) end)}) || A <- lists:sublist(As, 13)],
    [erlang:display({t(fun() -> byte_size(atom_to_binary(?MODULE:id(A), utf8)) end),
                     t(fun() -> byte_size(atom_to_binary(?MODULE:id(A), latin1)) end)}) || A <- lists:nthtail(13, As)],
    [erlang:display({bad, X, E, t(fun() -> atom_to_binary(?MODULE:id(X), ?MODULE:id(E)) end)})
     || {X, E} <- [{a, utf16}, {a, bogus}, {a, "utf8"}, {"a", utf8}, {<<"a">>, utf8}, {1, latin1}]],
    erlang:display(t(fun() -> atom_to_binary(?MODULE:id("abc")) end)),
    ok.
