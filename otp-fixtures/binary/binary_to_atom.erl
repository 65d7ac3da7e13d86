%% binary_to_atom/1,2: latin1 and utf8 decoding, invalid UTF-8 (badarg), the 255-character limit
%% (system_limit), empty names, and the unicode alias; round trips through atom_to_binary.
-module(binary_to_atom).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bs = [<<>>, <<"abc">>, <<"Hello World">>, <<"é"/utf8>>, <<"日本"/utf8>>, <<233>>, <<255, 254>>,
          <<16#C3>>, <<16#E6, 16#97>>, <<16#F0, 16#9F, 16#99, 16#82>>, <<16#ED, 16#A0, 16#80>>,
          <<16#C0, 16#80>>, <<16#F4, 16#90, 16#80, 16#80>>, <<0>>, <<"true">>, <<"[]">>],
    [erlang:display({B, t(fun() -> binary_to_atom(?MODULE:id(B)) end),
                     t(fun() -> binary_to_atom(?MODULE:id(B), utf8) end),
                     t(fun() -> binary_to_atom(?MODULE:id(B), latin1) end),
                     t(fun() -> binary_to_atom(?MODULE:id(B), unicode) end)}) || B <- Bs],
    Long = fun(N, C) -> unicode:characters_to_binary(lists:duplicate(N, C)) end,
    [erlang:display({N, C, t(fun() -> atom_length(binary_to_atom(Long(N, C), utf8)) end),
                     t(fun() -> atom_length(binary_to_atom(Long(N, C), latin1)) end)})
     || N <- [254, 255, 256], C <- [$a, 16#E9, 16#65E5]],
    erlang:display(t(fun() -> binary_to_atom(binary:copy(<<"x">>, 1000), latin1) end)),
    [erlang:display({bad, X, E, t(fun() -> binary_to_atom(?MODULE:id(X), ?MODULE:id(E)) end)})
     || {X, E} <- [{<<"a">>, utf16}, {<<"a">>, bogus}, {"a", utf8}, {a, utf8}, {<<1:1>>, latin1},
                   {<<"a", 1:1>>, utf8}]],
    RT = [a, 'é', '日本', 'ÿÿ', '🙂x'],
    [erlang:display({A, binary_to_atom(atom_to_binary(A, utf8), utf8) =:= A}) || A <- RT],
    erlang:display(binary_to_atom(<<"é">>, latin1) =:= binary_to_atom(<<"é"/utf8>>, utf8)),
    ok.

atom_length(A) -> length(atom_to_list(A)).
