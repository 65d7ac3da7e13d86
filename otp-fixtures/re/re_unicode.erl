%% unicode subjects and patterns, properties, ucp, and what latin-1 mode does with bytes.
-module(re_unicode).
-export([main/0]).

r(S, P, O) -> erlang:display(re:run(S, P, O)).

main() ->
    r(<<"héllo"/utf8>>, "l+", [unicode]),
    r("héllo", "é(l)", [unicode, {capture, all, list}]),
    r(<<"héllo"/utf8>>, "é(l)", [unicode, {capture, all, binary}]),
    r("héllo", "é(l)", [{capture, all, list}]),
    r(<<"日本語テキスト"/utf8>>, "\\p{Han}+", [unicode, {capture, all, list}]),
    r(<<"日本語テキスト"/utf8>>, "\\p{Katakana}+", [unicode, {capture, all, binary}]),
    r(<<"Ünïcödé"/utf8>>, "\\p{Lu}", [unicode, global, {capture, all, list}]),
    r(<<"Ünïcödé"/utf8>>, "\\p{Ll}+", [unicode, global, {capture, all, list}]),
    r(<<"abc123"/utf8>>, "\\p{N}+", [unicode]),
    r(<<"éa"/utf8>>, "\\w+", [unicode]),
    r(<<"éa"/utf8>>, "\\w+", [unicode, ucp]),
    r(<<"ÉCOLE"/utf8>>, "école", [unicode, caseless]),
    r([233, 97], "\\w", [unicode, ucp, {capture, all, list}]),
    r([16#1F600, $a], ".", [unicode, global, {capture, all, list}]),
    r([16#1F600, $a], ".", [unicode, global]),
    r(<<"ab"/utf8>>, "", [unicode, global]),
    r(<<"aé"/utf8>>, "", [unicode, global]),
    r(<<"aé"/utf8>>, "\\X", [unicode, global]),
    r([<<"ab">>, [$c | <<"d">>]], "bc", []),
    r(["é", <<"x"/utf8>>], "x", [unicode]),
    r(<<"a", 233>>, "\\xe9", []),
    r(<<"a", 233>>, [233], []),
    r("a" ++ [233], [$[, 233, $]], []),
    r(<<"日本"/utf8>>, <<"本"/utf8>>, [unicode]),
    r(<<"日本"/utf8>>, "本", [unicode]),
    ok.
