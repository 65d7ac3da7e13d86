%% term_to_binary with compressed and {compressed,Level}: the zlib-compressed bytes for levels
%% 0..9 (erl only compresses when it makes the result smaller), binary_to_term of compressed
%% data, and hand-made compressed headers with wrong sizes or corrupt streams (badarg).
-module(etf_compressed).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Terms = ?MODULE:id([a, {small, tuple}, lists:seq(1, 100), lists:duplicate(1000, hello), binary:copy(<<"abc">>, 1000),
                        {nested, [lists:seq(1, 50) || _ <- lists:seq(1, 20)]}]),
    [begin
         Plain = term_to_binary(T),
         erlang:display({byte_size(Plain),
                         [begin C = term_to_binary(T, [{compressed, L}]), {L, byte_size(C), erlang:crc32(C), binary_to_term(C) =:= T} end
                          || L <- [0, 1, 6, 9]],
                         term_to_binary(T, [compressed]) =:= term_to_binary(T, [{compressed, 6}])})
     end || T <- Terms],
    Small = term_to_binary(lists:duplicate(20, x), [compressed]),
    erlang:display(Small),
    [erlang:display({O, t(fun() -> term_to_binary(x, O) end)})
     || O <- ?MODULE:id([[{compressed, -1}], [{compressed, 10}], [{compressed, a}], [compressed, {compressed, 1}], [bogus], bogus])],
    Good = term_to_binary(lists:duplicate(100, zz), [compressed]),
    <<131, 80, Size:32, Z/binary>> = Good,
    erlang:display({Size, byte_size(Z)}),
    Bad = [<<131, 80, (Size + 1):32, Z/binary>>, <<131, 80, (Size - 1):32, Z/binary>>, <<131, 80, Size:32, (binary:part(Z, 0, byte_size(Z) - 3))/binary>>,
           <<131, 80, Size:32, 1, 2, 3, 4>>, <<131, 80, 0:32, Z/binary>>, <<131, 80, 0, 0>>, <<131, 80, Size:32>>,
           <<131, 80, Size:32, Z/binary, "trailing">>],
    [erlang:display(t(fun() -> binary_to_term(B) end)) || B <- ?MODULE:id(Bad)],
    erlang:display(binary_to_term(Good) =:= lists:duplicate(100, zz)),
    ok.
