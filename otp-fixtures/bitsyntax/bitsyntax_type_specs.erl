%% Every spelling of segment type specifiers: integer/float/binary/bytes/bitstring/bits/utf8/16/32,
%% signed/unsigned, big/little/native, unit, in any order, in construction and in matching.
-module(bitsyntax_type_specs).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    V = ?MODULE:id(-300),
    erlang:display({<<V:16/integer>>, <<V:16/integer-signed>>, <<V:16/signed-integer>>, <<V:16/little-signed-integer>>,
                    <<V:16/integer-little-unsigned>>, <<V:2/integer-unit:8>>, <<V:2/unit:8-little-integer>>,
                    <<V:16/big-signed-integer-unit:1>>}),
    B = ?MODULE:id(<<"bytes!">>),
    erlang:display({<<B/bytes>>, <<B:2/bytes>>, <<B/bitstring>>, <<B:12/bitstring>>, <<B:3/binary-unit:8>>, <<B/bits>>}),
    F = ?MODULE:id(0.25),
    erlang:display({<<F/float>>, <<F:32/float-big>>, <<F:32/little-float>>, <<F:4/float-unit:16>>, <<F:64/native-float>> =:= <<F:64/float-little>>}),
    <<A:16/signed-little-integer, Bb:2/bytes, C/bitstring>> = ?MODULE:id(<<16#D4, 16#FE, "xy", 1:3>>),
    erlang:display({A, Bb, C}),
    <<U:4/unit:4-unsigned-big, S:1/unit:8-signed>> = ?MODULE:id(<<16#FF, 16#FF, 16#80>>),
    erlang:display({U, S}),
    erlang:display({<<16#20AC/utf8>>, <<16#20AC/big-utf16>>, <<16#20AC/utf16-little>>, <<16#20AC/little-utf32>>}),
    ok.
