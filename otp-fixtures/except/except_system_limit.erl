%% system_limit errors: atoms longer than 255 characters, tuples larger than the maximum arity,
%% integers beyond the bignum size limit, list_to_atom/binary_to_atom edge lengths.
-module(except_system_limit).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    A255 = lists:duplicate(255, $a),
    A256 = lists:duplicate(256, $a),
    erlang:display(t(fun() -> length(atom_to_list(list_to_atom(A255))) end)),
    erlang:display(t(fun() -> list_to_atom(A256) end)),
    erlang:display(t(fun() -> binary_to_atom(list_to_binary(A256), latin1) end)),
    erlang:display(t(fun() -> length(atom_to_list(list_to_atom(lists:duplicate(255, 16#1F600)))) end)),
    erlang:display(t(fun() -> list_to_atom(lists:duplicate(256, 16#E9)) end)),
    erlang:display(t(fun() -> erlang:make_tuple(16#1000000, x) end)),
    erlang:display(t(fun() -> tuple_size(erlang:make_tuple(100000, x)) end)),
    erlang:display(t(fun() -> 1 bsl (1 bsl 40) end)),
    erlang:display(t(fun() -> 1 bsl 67108864 end)),
    [erlang:display({N, t(fun() -> is_integer(1 bsl N) end)})
     || N <- [16777216, 33554432, 67108000, 67108800, 67108863, 67108864]],
    erlang:display(t(fun() -> (1 bsl 67108000) * (1 bsl 67108000) end)),
    erlang:display(t(fun() -> is_integer(-1 bsl 67108862) end)),
    ok.
