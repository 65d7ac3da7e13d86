%% binary_to_term on invalid and hostile input: empty and truncated data, wrong version byte,
%% unknown tags, lengths larger than the data (including 2^32-1), trailing bytes, bitstrings,
%% non-binaries, and truncations of every prefix of valid encodings; each must be badarg.
-module(etf_invalid).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bad = [<<>>, <<131>>, <<130>>, <<132, 97, 1>>, <<0>>, <<131, 0>>, <<131, 200>>, <<131, 255>>, <<131, 97>>,
           <<131, 97, 1, 2>>, <<131, 98, 0, 0, 0>>, <<131, 104>>, <<131, 104, 1>>, <<131, 104, 2, 97, 1>>,
           <<131, 105, 255, 255, 255, 255>>, <<131, 108, 255, 255, 255, 255, 106>>, <<131, 108, 0, 0, 0, 1, 97, 1>>,
           <<131, 107, 255, 255>>, <<131, 109, 255, 255, 255, 255>>, <<131, 110, 255>>, <<131, 111, 255, 255, 255, 255, 0>>,
           <<131, 100, 255, 255>>, <<131, 116, 0, 0, 0, 1>>, <<131, 80, 255, 255, 255, 255, 120, 156>>,
           <<131, 70, 1, 2, 3>>, <<131, 99, "1.0">>, <<131, 113, 100, 0, 1, $m>>, <<131, 113, 97, 1, 97, 2, 97, 3>>,
           <<131, 113, 100, 0, 1, $m, 100, 0, 1, $f, 97, 256:16>>, <<131, 113, 100, 0, 1, $m, 100, 0, 1, $f, 98, 0, 0, 1, 0>>,
           <<131, 97, 1, 0:1>>, <<"plain text">>],
    [erlang:display({B, t(fun() -> binary_to_term(B) end)}) || B <- ?MODULE:id(Bad)],
    [erlang:display({X, t(fun() -> binary_to_term(X) end)}) || X <- ?MODULE:id([a, "abc", [131, 97, 1], 1, <<131, 97, 1:7>>])],
    Valid = [term_to_binary({tuple, [list, <<"bin">>, 1.5, 1 bsl 65], #{k => v}}), term_to_binary("string"),
             term_to_binary(lists:duplicate(100, x), [compressed])],
    [erlang:display([N || N <- lists:seq(0, byte_size(V) - 1), element(1, t(fun() -> binary_to_term(binary:part(V, 0, N)) end)) =/= error])
     || V <- Valid],
    [erlang:display(t(fun() -> binary_to_term(<<V/binary, 0>>) end)) || V <- Valid],
    Deep = <<131, (binary:copy(<<108, 0, 0, 0, 1>>, 100000))/binary, 106, (binary:copy(<<106>>, 100000))/binary>>,
    erlang:display(t(fun() -> length(binary_to_term(Deep)) end)),
    DeepTrunc = <<131, (binary:copy(<<104, 1>>, 100000))/binary>>,
    erlang:display(t(fun() -> binary_to_term(DeepTrunc) end)),
    ok.
