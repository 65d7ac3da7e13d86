%% A MessagePack encoder/decoder: positive/negative fixints, uint/int 8..64, float64, fixstr/str8/
%% str16, bin8/bin16, fixarray/array16, fixmap/map16, nil/true/false; exact bytes for sample values,
%% round trips of generated documents, and errors on truncated input.
-module(realworld_msgpack).
-export([main/0]).

pack(nil) -> <<16#C0>>;
pack(false) -> <<16#C2>>;
pack(true) -> <<16#C3>>;
pack(N) when is_integer(N), N >= 0, N < 128 -> <<N>>;
pack(N) when is_integer(N), N < 0, N >= -32 -> <<N:8/signed>>;
pack(N) when is_integer(N), N >= 0, N < 256 -> <<16#CC, N>>;
pack(N) when is_integer(N), N >= 0, N < 65536 -> <<16#CD, N:16>>;
pack(N) when is_integer(N), N >= 0, N < 1 bsl 32 -> <<16#CE, N:32>>;
pack(N) when is_integer(N), N >= 0 -> <<16#CF, N:64>>;
pack(N) when is_integer(N), N >= -128 -> <<16#D0, N:8/signed>>;
pack(N) when is_integer(N), N >= -32768 -> <<16#D1, N:16/signed>>;
pack(N) when is_integer(N), N >= -(1 bsl 31) -> <<16#D2, N:32/signed>>;
pack(N) when is_integer(N) -> <<16#D3, N:64/signed>>;
pack(F) when is_float(F) -> <<16#CB, F/float>>;
pack({bin, B}) when byte_size(B) < 256 -> <<16#C4, (byte_size(B)), B/binary>>;
pack({bin, B}) -> <<16#C5, (byte_size(B)):16, B/binary>>;
pack(S) when is_binary(S), byte_size(S) < 32 -> <<2#101:3, (byte_size(S)):5, S/binary>>;
pack(S) when is_binary(S), byte_size(S) < 256 -> <<16#D9, (byte_size(S)), S/binary>>;
pack(S) when is_binary(S) -> <<16#DA, (byte_size(S)):16, S/binary>>;
pack(L) when is_list(L), length(L) < 16 -> <<2#1001:4, (length(L)):4, (items(L))/binary>>;
pack(L) when is_list(L) -> <<16#DC, (length(L)):16, (items(L))/binary>>;
pack(M) when is_map(M), map_size(M) < 16 -> <<2#1000:4, (map_size(M)):4, (pairs(M))/binary>>;
pack(M) when is_map(M) -> <<16#DE, (map_size(M)):16, (pairs(M))/binary>>.

items(L) -> << <<(pack(X))/binary>> || X <- L >>.
pairs(M) -> << <<(pack(K))/binary, (pack(V))/binary>> || {K, V} <- lists:sort(maps:to_list(M)) >>.

unpack(<<16#C0, R/binary>>) -> {nil, R};
unpack(<<16#C2, R/binary>>) -> {false, R};
unpack(<<16#C3, R/binary>>) -> {true, R};
unpack(<<0:1, N:7, R/binary>>) -> {N, R};
unpack(<<2#111:3, _:5, _/binary>> = B) -> <<N:8/signed, R/binary>> = B, {N, R};
unpack(<<16#CC, N, R/binary>>) -> {N, R};
unpack(<<16#CD, N:16, R/binary>>) -> {N, R};
unpack(<<16#CE, N:32, R/binary>>) -> {N, R};
unpack(<<16#CF, N:64, R/binary>>) -> {N, R};
unpack(<<16#D0, N:8/signed, R/binary>>) -> {N, R};
unpack(<<16#D1, N:16/signed, R/binary>>) -> {N, R};
unpack(<<16#D2, N:32/signed, R/binary>>) -> {N, R};
unpack(<<16#D3, N:64/signed, R/binary>>) -> {N, R};
unpack(<<16#CB, F/float, R/binary>>) -> {F, R};
unpack(<<16#C4, L, B:L/binary, R/binary>>) -> {{bin, B}, R};
unpack(<<16#C5, L:16, B:L/binary, R/binary>>) -> {{bin, B}, R};
unpack(<<2#101:3, L:5, S:L/binary, R/binary>>) -> {S, R};
unpack(<<16#D9, L, S:L/binary, R/binary>>) -> {S, R};
unpack(<<16#DA, L:16, S:L/binary, R/binary>>) -> {S, R};
unpack(<<2#1001:4, N:4, R/binary>>) -> list(N, R, []);
unpack(<<16#DC, N:16, R/binary>>) -> list(N, R, []);
unpack(<<2#1000:4, N:4, R/binary>>) -> map(N, R, #{});
unpack(<<16#DE, N:16, R/binary>>) -> map(N, R, #{}).

list(0, R, Acc) -> {lists:reverse(Acc), R};
list(N, B, Acc) -> {X, R} = unpack(B), list(N - 1, R, [X | Acc]).

map(0, R, Acc) -> {Acc, R};
map(N, B, Acc) -> {K, R} = unpack(B), {V, R2} = unpack(R), map(N - 1, R2, Acc#{K => V}).

gen(0) -> scalar();
gen(D) ->
    case rand:uniform(4) of
        1 -> [gen(D - 1) || _ <- lists:seq(1, rand:uniform(20) - 1)];
        2 -> maps:from_list([{integer_to_binary(rand:uniform(50)), gen(D - 1)} || _ <- lists:seq(1, rand:uniform(20) - 1)]);
        _ -> scalar()
    end.

scalar() ->
    case rand:uniform(7) of
        1 -> lists:nth(rand:uniform(3), [nil, true, false]);
        2 -> rand:uniform(1 bsl (rand:uniform(63))) - 1;
        3 -> -rand:uniform(1 bsl (rand:uniform(63)));
        4 -> rand:uniform() * 1000;
        5 -> list_to_binary(lists:duplicate(rand:uniform(300), $s));
        6 -> {bin, list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(300))])};
        7 -> <<"short">>
    end.

main() ->
    Samples = [nil, true, false, 0, 127, 128, 255, 256, 65535, 65536, 1 bsl 32, -1, -32, -33, -128, -129, -32768, -32769,
               -(1 bsl 31) - 1, 1.5, <<>>, <<"hi">>, binary:copy(<<"x">>, 32), {bin, <<1, 2>>}, [], [1, [2]], #{},
               #{<<"a">> => 1, <<"b">> => [nil]}],
    [erlang:display({S, pack(S)}) || S <- Samples],
    erlang:display([element(1, unpack(pack(S))) =:= S || S <- Samples]),
    rand:seed(exsss, {1, 2, 3}),
    Docs = [gen(3) || _ <- lists:seq(1, 150)],
    Packed = [pack(D) || D <- Docs],
    erlang:display({lists:sum([byte_size(P) || P <- Packed]), erlang:crc32(Packed)}),
    erlang:display(lists:usort([unpack(P) =:= {D, <<>>} || {P, D} <- lists:zip(Packed, Docs)])),
    Stream = iolist_to_binary(Packed),
    erlang:display(length(unpack_all(Stream))),
    erlang:display([try unpack(binary:part(P, 0, byte_size(P) - 1)) of _ -> ok catch error:function_clause -> truncated; error:{badmatch, _} -> truncated end
                    || P <- lists:sublist(Packed, 15)]),
    ok.

unpack_all(<<>>) -> [];
unpack_all(B) -> {X, R} = unpack(B), [X | unpack_all(R)].
