%% Binaries in guards: byte_size, bit_size, is_binary against is_bitstring, binary_part, and
%% guards that fail with an exception (treated as false) on non-binary arguments.
-module(bitsyntax_guards).
-export([main/0, id/1]).

id(X) -> X.

classify(X) when is_binary(X), byte_size(X) =:= 0 -> empty_binary;
classify(X) when is_binary(X), byte_size(X) > 4 -> long_binary;
classify(X) when is_binary(X) -> short_binary;
classify(X) when is_bitstring(X), bit_size(X) rem 8 > 4 -> mostly_bytes;
classify(X) when is_bitstring(X) -> bitstring;
classify(_) -> other.

small(X) when byte_size(X) < 3 -> small;
small(_) -> not_small.

prefix(X) when binary_part(X, 0, 1) =:= <<"#">> -> comment;
prefix(_) -> code.

main() ->
    Xs = ?MODULE:id([<<>>, <<1>>, <<1, 2, 3, 4, 5>>, <<1:5>>, <<1:3>>, <<1, 1:6>>, "list", atom, 42]),
    erlang:display([classify(X) || X <- Xs]),
    erlang:display([small(X) || X <- Xs]),
    erlang:display([prefix(X) || X <- ?MODULE:id([<<"# hi">>, <<"x = 1">>, <<>>, "#", <<1:1>>])]),
    erlang:display([X || X <- Xs, is_bitstring(X) andalso not is_binary(X)]),
    erlang:display([X || X <- Xs, try byte_size(X) > 1 catch _:_ -> false end]),
    G = fun(X) when is_binary(X) andalso byte_size(X) == bit_size(X) div 8 -> aligned; (_) -> no end,
    erlang:display([G(X) || X <- Xs]),
    ok.
