%% String literals in binary patterns and constructions: prefixes, /utf8 /utf16 /utf32 string
%% segments, strings followed by other segments, and dispatch on string prefixes.
-module(bitsyntax_string_match).
-export([main/0, id/1]).

id(X) -> X.

cmd(<<"GET ", Path/binary>>) -> {get, Path};
cmd(<<"POST ", Path/binary>>) -> {post, Path};
cmd(<<"PUT", " ", Path/binary>>) -> {put, Path};
cmd(<<"DEL", $E, $T, $E, " ", Path/binary>>) -> {delete, Path};
cmd(<<"", Rest/binary>>) -> {unknown, Rest}.

main() ->
    [erlang:display(cmd(?MODULE:id(B))) || B <- [<<"GET /index">>, <<"POST /form">>, <<"PUT /x">>, <<"DELETE /y">>,
                                                  <<"GET">>, <<"get /lower">>, <<>>]],
    erlang:display({<<"abc"/utf8>>, <<"é"/utf8>>, <<"é"/utf16>>, <<"é"/utf32-little>>, <<"日"/utf16-little>>, <<"ab":16>>, <<"ab":4>>}),
    M = fun(<<"é"/utf8, R/binary>>) -> {utf8, R}; (<<"é"/utf16, R/binary>>) -> {utf16, R}; (<<"é", R/binary>>) -> {latin1, R}; (_) -> no end,
    erlang:display([M(?MODULE:id(B)) || B <- [<<195, 169, "x">>, <<0, 233, "y">>, <<233, "z">>, <<"e">>]]),
    case ?MODULE:id(<<"key: value\r\n">>) of
        <<"key", ": ", V/binary>> -> erlang:display(binary:part(V, 0, byte_size(V) - 2))
    end,
    erlang:display(<<"x", "", "y", 0, "z">>),
    erlang:display([S || <<"ab", S:8>> <= ?MODULE:id(<<"abXabYacZabW">>)]),
    ok.
