%% SHA-1 and SHA-256 written with the bit syntax: message padding with the 64-bit length, 512-bit
%% blocks split into 32-bit words, the compression rounds with 32-bit wrap-around arithmetic, and
%% the hex digests of standard test messages, padding-boundary lengths and bitstring messages.
-module(realworld_sha1).
-export([main/0]).

-define(M32, 16#FFFFFFFF).

pad(Msg) ->
    Len = bit_size(Msg),
    Zeros = (448 - (Len + 1) rem 512 + 512) rem 512,
    <<Msg/bits, 1:1, 0:Zeros, Len:64>>.

rotl(X, N) -> ((X bsl N) bor (X bsr (32 - N))) band ?M32.
rotr(X, N) -> ((X bsr N) bor (X bsl (32 - N))) band ?M32.

sha1(Msg) ->
    {A, B, C, D, E} = sha1_blocks(pad(Msg), {16#67452301, 16#EFCDAB89, 16#98BADCFE, 16#10325476, 16#C3D2E1F0}),
    <<A:32, B:32, C:32, D:32, E:32>>.

sha1_blocks(<<>>, H) -> H;
sha1_blocks(<<Block:64/binary, Rest/binary>>, {H0, H1, H2, H3, H4}) ->
    W0 = [X || <<X:32>> <= Block],
    W = expand1(lists:reverse(W0), 16),
    {A, B, C, D, E} = sha1_rounds(W, 0, {H0, H1, H2, H3, H4}),
    sha1_blocks(Rest, {(H0 + A) band ?M32, (H1 + B) band ?M32, (H2 + C) band ?M32, (H3 + D) band ?M32, (H4 + E) band ?M32}).

expand1(RevW, 80) -> lists:reverse(RevW);
expand1(RevW, I) ->
    W3 = lists:nth(3, RevW), W8 = lists:nth(8, RevW), W14 = lists:nth(14, RevW), W16 = lists:nth(16, RevW),
    expand1([rotl(W3 bxor W8 bxor W14 bxor W16, 1) | RevW], I + 1).

sha1_rounds([], _, H) -> H;
sha1_rounds([Wi | W], I, {A, B, C, D, E}) ->
    {F, K} = if I < 20 -> {(B band C) bor ((bnot B) band D), 16#5A827999};
                I < 40 -> {B bxor C bxor D, 16#6ED9EBA1};
                I < 60 -> {(B band C) bor (B band D) bor (C band D), 16#8F1BBCDC};
                true -> {B bxor C bxor D, 16#CA62C1D6}
             end,
    T = (rotl(A, 5) + (F band ?M32) + E + K + Wi) band ?M32,
    sha1_rounds(W, I + 1, {T, A, rotl(B, 30), C, D}).

k256() ->
    [16#428a2f98, 16#71374491, 16#b5c0fbcf, 16#e9b5dba5, 16#3956c25b, 16#59f111f1, 16#923f82a4, 16#ab1c5ed5,
     16#d807aa98, 16#12835b01, 16#243185be, 16#550c7dc3, 16#72be5d74, 16#80deb1fe, 16#9bdc06a7, 16#c19bf174,
     16#e49b69c1, 16#efbe4786, 16#0fc19dc6, 16#240ca1cc, 16#2de92c6f, 16#4a7484aa, 16#5cb0a9dc, 16#76f988da,
     16#983e5152, 16#a831c66d, 16#b00327c8, 16#bf597fc7, 16#c6e00bf3, 16#d5a79147, 16#06ca6351, 16#14292967,
     16#27b70a85, 16#2e1b2138, 16#4d2c6dfc, 16#53380d13, 16#650a7354, 16#766a0abb, 16#81c2c92e, 16#92722c85,
     16#a2bfe8a1, 16#a81a664b, 16#c24b8b70, 16#c76c51a3, 16#d192e819, 16#d6990624, 16#f40e3585, 16#106aa070,
     16#19a4c116, 16#1e376c08, 16#2748774c, 16#34b0bcb5, 16#391c0cb3, 16#4ed8aa4a, 16#5b9cca4f, 16#682e6ff3,
     16#748f82ee, 16#78a5636f, 16#84c87814, 16#8cc70208, 16#90befffa, 16#a4506ceb, 16#bef9a3f7, 16#c67178f2].

sha256(Msg) ->
    H = sha256_blocks(pad(Msg), [16#6a09e667, 16#bb67ae85, 16#3c6ef372, 16#a54ff53a, 16#510e527f, 16#9b05688c, 16#1f83d9ab, 16#5be0cd19]),
    << <<X:32>> || X <- H >>.

sha256_blocks(<<>>, H) -> H;
sha256_blocks(<<Block:64/binary, Rest/binary>>, H) ->
    W = expand256(lists:reverse([X || <<X:32>> <= Block]), 16),
    Final = lists:foldl(fun round256/2, list_to_tuple(H), lists:zip(W, k256())),
    sha256_blocks(Rest, [(X + Y) band ?M32 || {X, Y} <- lists:zip(H, tuple_to_list(Final))]).

expand256(RevW, 64) -> lists:reverse(RevW);
expand256(RevW, I) ->
    W2 = lists:nth(2, RevW), W7 = lists:nth(7, RevW), W15 = lists:nth(15, RevW), W16 = lists:nth(16, RevW),
    S0 = rotr(W15, 7) bxor rotr(W15, 18) bxor (W15 bsr 3),
    S1 = rotr(W2, 17) bxor rotr(W2, 19) bxor (W2 bsr 10),
    expand256([(W16 + S0 + W7 + S1) band ?M32 | RevW], I + 1).

round256({Wi, Ki}, {A, B, C, D, E, F, G, H}) ->
    S1 = rotr(E, 6) bxor rotr(E, 11) bxor rotr(E, 25),
    Ch = (E band F) bxor ((bnot E) band G band ?M32),
    T1 = (H + S1 + Ch + Ki + Wi) band ?M32,
    S0 = rotr(A, 2) bxor rotr(A, 13) bxor rotr(A, 22),
    Maj = (A band B) bxor (A band C) bxor (B band C),
    T2 = (S0 + Maj) band ?M32,
    {(T1 + T2) band ?M32, A, B, C, (D + T1) band ?M32, E, F, G}.

hex(B) -> << <<(hd(integer_to_list(N, 16)) bor 32)>> || <<N:4>> <= B >>.

main() ->
    Msgs = [<<>>, <<"abc">>, <<"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq">>,
            <<"The quick brown fox jumps over the lazy dog">>, binary:copy(<<"a">>, 55), binary:copy(<<"a">>, 56),
            binary:copy(<<"a">>, 64), binary:copy(<<"0123456789">>, 100)],
    [erlang:display({byte_size(M), hex(sha1(M)), hex(sha256(M))}) || M <- Msgs],
    erlang:display({hex(sha1(<<1:1>>)), hex(sha256(<<5:3>>))}),
    ok.
