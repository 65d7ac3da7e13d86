%% Atoms in the external format: term_to_binary writes ATOM_EXT for latin-1 atoms and
%% SMALL_ATOM_UTF8_EXT/ATOM_UTF8_EXT for the others; 255-character atoms; decoding of all four
%% atom tags (ATOM_EXT, SMALL_ATOM_EXT, ATOM_UTF8_EXT, SMALL_ATOM_UTF8_EXT), including invalid
%% UTF-8, truncated and over-long names.
-module(etf_atoms).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    As = ?MODULE:id(['', a, abc, true, false, undefined, 'hello world', 'é', 'Ω', '日本', '🙂', list_to_atom(lists:duplicate(255, $z))]),
    [erlang:display({A, t(fun() -> B = term_to_binary(A), {byte_size(B), binary:part(B, 0, min(8, byte_size(B)))} end),
                     binary_to_term(term_to_binary(A)) =:= A}) || A <- As],
    [begin B = term_to_binary(list_to_atom(lists:duplicate(255, C))), erlang:display({C, byte_size(B), binary:part(B, 0, 6)}) end
     || C <- ?MODULE:id([16#E9, 16#3A9, 16#1F642])],
    Hand = [<<131, 100, 0, 3, "abc">>, <<131, 115, 3, "abc">>, <<131, 118, 0, 3, "abc">>, <<131, 119, 3, "abc">>,
            <<131, 100, 0, 1, 233>>, <<131, 115, 1, 233>>, <<131, 119, 2, 195, 169>>, <<131, 119, 1, 233>>,
            <<131, 118, 0, 2, 195>>, <<131, 100, 0, 0>>, <<131, 119, 0>>, <<131, 100, 1, 0, (binary:copy(<<"a">>, 256))/binary>>,
            <<131, 118, 1, 0, (binary:copy(<<"a">>, 256))/binary>>, <<131, 100, 0, 255, (binary:copy(<<"a">>, 255))/binary>>,
            <<131, 118, 2, 0, (binary:copy(<<"é"/utf8>>, 256))/binary>>, <<131, 118, 1, 254, (binary:copy(<<"é"/utf8>>, 255))/binary>>,
            <<131, 119, 4, 240, 159, 153, 130>>, <<131, 100, 0, 5, "ab">>],
    [erlang:display({binary:part(B, 0, min(8, byte_size(B))), t(fun() -> A = binary_to_term(B), {atom_length(A), A =:= list_to_atom(atom_to_list(A))} end)})
     || B <- ?MODULE:id(Hand)],
    erlang:display([binary_to_term(B) || B <- [<<131, 100, 0, 4, "true">>, <<131, 115, 5, "false">>, <<131, 119, 2, "ok">>]]),
    ok.

atom_length(A) -> length(atom_to_list(A)).
