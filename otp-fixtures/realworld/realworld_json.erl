%% A JSON encoder and decoder over maps, lists, binaries, numbers, booleans and null: string
%% escapes (\n, \", \\, \uXXXX with surrogate pairs), number parsing (ints, fractions, exponents),
%% whitespace, nested documents generated with a fixed seed, round trips, and syntax errors.
-module(realworld_json).
-export([main/0]).

%% ---- encoder
enc(null) -> <<"null">>;
enc(true) -> <<"true">>;
enc(false) -> <<"false">>;
enc(N) when is_integer(N) -> integer_to_binary(N);
enc(F) when is_float(F) -> float_to_binary(F, [short]);
enc(B) when is_binary(B) -> <<$", (esc(B, <<>>))/binary, $">>;
enc(L) when is_list(L) -> <<$[, (join([enc(X) || X <- L]))/binary, $]>>;
enc(M) when is_map(M) ->
    Pairs = [<<(enc(K))/binary, $:, (enc(V))/binary>> || {K, V} <- lists:sort(maps:to_list(M))],
    <<${, (join(Pairs))/binary, $}>>.

join([]) -> <<>>;
join([H | T]) -> iolist_to_binary([H | [[$, | X] || X <- T]]).

esc(<<>>, Acc) -> Acc;
esc(<<$", R/binary>>, Acc) -> esc(R, <<Acc/binary, "\\\"">>);
esc(<<$\\, R/binary>>, Acc) -> esc(R, <<Acc/binary, "\\\\">>);
esc(<<$\n, R/binary>>, Acc) -> esc(R, <<Acc/binary, "\\n">>);
esc(<<$\t, R/binary>>, Acc) -> esc(R, <<Acc/binary, "\\t">>);
esc(<<C, R/binary>>, Acc) when C < 16#20 -> esc(R, <<Acc/binary, (u(C))/binary>>);
esc(<<C/utf8, R/binary>>, Acc) when C > 16#FFFF ->
    C1 = C - 16#10000,
    esc(R, <<Acc/binary, (u(16#D800 + (C1 bsr 10)))/binary, (u(16#DC00 + (C1 band 16#3FF)))/binary>>);
esc(<<C/utf8, R/binary>>, Acc) when C > 127 -> esc(R, <<Acc/binary, (u(C))/binary>>);
esc(<<C, R/binary>>, Acc) -> esc(R, <<Acc/binary, C>>).

u(C) -> iolist_to_binary(["\\u", string:right(string:to_lower(integer_to_list(C, 16)), 4, $0)]).

%% ---- decoder
dec(Bin) ->
    {V, Rest} = value(ws(Bin)),
    case ws(Rest) of
        <<>> -> V;
        Trailing -> error({trailing, binary:part(Trailing, 0, min(5, byte_size(Trailing)))})
    end.

ws(<<C, R/binary>>) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> ws(R);
ws(B) -> B.

value(<<"null", R/binary>>) -> {null, R};
value(<<"true", R/binary>>) -> {true, R};
value(<<"false", R/binary>>) -> {false, R};
value(<<$", R/binary>>) -> str(R, <<>>);
value(<<$[, R/binary>>) -> arr(ws(R), []);
value(<<${, R/binary>>) -> obj(ws(R), #{});
value(<<C, _/binary>> = B) when C =:= $-; C >= $0, C =< $9 -> num(B);
value(B) -> error({unexpected, binary:part(B, 0, min(5, byte_size(B)))}).

arr(<<$], R/binary>>, []) -> {[], R};
arr(B, Acc) ->
    {V, R} = value(ws(B)),
    case ws(R) of
        <<$,, R2/binary>> -> arr(ws(R2), [V | Acc]);
        <<$], R2/binary>> -> {lists:reverse([V | Acc]), R2};
        Other -> error({bad_array, binary:part(Other, 0, min(5, byte_size(Other)))})
    end.

obj(<<$}, R/binary>>, M) when map_size(M) =:= 0 -> {M, R};
obj(<<$", B/binary>>, M) ->
    {K, R} = str(B, <<>>),
    <<$:, R2/binary>> = ws(R),
    {V, R3} = value(ws(R2)),
    case ws(R3) of
        <<$,, R4/binary>> -> obj(ws(R4), M#{K => V});
        <<$}, R4/binary>> -> {M#{K => V}, R4}
    end.

str(<<$", R/binary>>, Acc) -> {Acc, R};
str(<<"\\u", H:4/binary, "\\u", L:4/binary, R/binary>>, Acc) when H >= <<"d800">>, H < <<"dc00">> ->
    C = 16#10000 + ((binary_to_integer(H, 16) - 16#D800) bsl 10) + (binary_to_integer(L, 16) - 16#DC00),
    str(R, <<Acc/binary, C/utf8>>);
str(<<"\\u", H:4/binary, R/binary>>, Acc) -> str(R, <<Acc/binary, (binary_to_integer(H, 16))/utf8>>);
str(<<$\\, C, R/binary>>, Acc) ->
    E = case C of $n -> $\n; $t -> $\t; $r -> $\r; $b -> $\b; $f -> $\f; $/ -> $/; $\\ -> $\\; $" -> $" end,
    str(R, <<Acc/binary, E>>);
str(<<C, R/binary>>, Acc) -> str(R, <<Acc/binary, C>>).

num(B) ->
    {Int, R} = digits(B, <<>>),
    case R of
        <<$., R2/binary>> ->
            {Frac, R3} = digits(R2, <<>>),
            {Exp, R4} = exp(R3),
            {binary_to_float(<<Int/binary, $., Frac/binary, "e", Exp/binary>>), R4};
        <<E, _/binary>> when E =:= $e; E =:= $E ->
            {Exp, R4} = exp(R),
            {binary_to_float(<<Int/binary, ".0e", Exp/binary>>), R4};
        _ -> {binary_to_integer(Int), R}
    end.

digits(<<C, R/binary>>, Acc) when C >= $0, C =< $9; C =:= $-, Acc =:= <<>> -> digits(R, <<Acc/binary, C>>);
digits(R, Acc) -> {Acc, R}.

exp(<<E, S, R/binary>>) when (E =:= $e orelse E =:= $E), (S =:= $+ orelse S =:= $-) -> {D, R2} = digits(R, <<>>), {<<S, D/binary>>, R2};
exp(<<E, R/binary>>) when E =:= $e; E =:= $E -> digits(R, <<>>);
exp(R) -> {<<"0">>, R}.

%% ---- generated documents
gen(0) -> scalar();
gen(D) ->
    case rand:uniform(4) of
        1 -> [gen(D - 1) || _ <- lists:seq(1, rand:uniform(5) - 1)];
        2 -> maps:from_list([{key(), gen(D - 1)} || _ <- lists:seq(1, rand:uniform(5) - 1)]);
        _ -> scalar()
    end.

key() -> lists:nth(rand:uniform(8), [<<"id">>, <<"name">>, <<"tags">>, <<"x">>, <<"y">>, <<"nested">>, <<"ünï"/utf8>>, <<"q\"uote">>]).

scalar() ->
    case rand:uniform(8) of
        1 -> null;
        2 -> rand:uniform(2) =:= 1;
        3 -> rand:uniform(1 bsl 40) - (1 bsl 39);
        4 -> (rand:uniform(2000000) - 1000000) / 64;
        5 -> <<"plain text">>;
        6 -> <<"esc \"q\" \\ \n\t end">>;
        7 -> <<"uni é 日本 🙂"/utf8>>;
        8 -> <<1, 31, "ctl">>
    end.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Doc = #{<<"name">> => <<"girder">>, <<"version">> => 25, <<"pi">> => 3.14159, <<"tags">> => [<<"vm">>, <<"beam">>],
            <<"nested">> => #{<<"ok">> => true, <<"none">> => null, <<"list">> => [1, 2.5, -3, 1.0e-7]}},
    J = enc(Doc),
    erlang:display(J),
    erlang:display(dec(J) =:= Doc),
    erlang:display(dec(<<" { \"a\" : [ 1 , 2 , { \"b\" : null } ] , \"c\" : \"\\u00e9\\ud83d\\ude00\" , \"d\": -0.5e+2, \"e\": 1E3 } ">>)),
    rand:seed(exsss, {1, 2, 3}),
    Docs = [gen(4) || _ <- lists:seq(1, 200)],
    Encoded = [enc(D) || D <- Docs],
    erlang:display({lists:sum([byte_size(E) || E <- Encoded]), erlang:crc32(Encoded)}),
    erlang:display(lists:usort([dec(E) =:= D || {E, D} <- lists:zip(Encoded, Docs)])),
    erlang:display(lists:sublist(Encoded, 4)),
    Bad = [<<"">>, <<"[1,2">>, <<"{\"a\" 1}">>, <<"[1,]">>, <<"tru">>, <<"\"unterminated">>, <<"[1] x">>, <<"{\"a\":}">>],
    [erlang:display({B, t(fun() -> dec(B) end)}) || B <- Bad],
    ok.
