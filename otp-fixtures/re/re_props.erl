%% Unicode general categories and scripts with \p and \P
-module(re_props).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r(<<"aB1 _!"/utf8>>, "\\p{L}", [unicode, global]),
    r(<<"aB1 _!"/utf8>>, "\\p{Lu}", [unicode, global]),
    r(<<"aB1 _!"/utf8>>, "\\P{L}", [unicode, global]),
    r(<<"aB1 _!"/utf8>>, "\\p{Nd}", [unicode]),
    r(<<"aB1 _!"/utf8>>, "\\p{P}", [unicode, global]),
    r(<<"aB1 _!"/utf8>>, "\\p{Zs}", [unicode]),
    r(<<"Ωμέγα"/utf8>>, "\\p{Greek}+", [unicode]),
    r(<<"Привет"/utf8>>, "\\p{Cyrillic}+", [unicode, {capture, all, list}]),
    r(<<"שלום"/utf8>>, "\\p{Hebrew}", [unicode, global]),
    r(<<"مرحبا"/utf8>>, "\\p{Arabic}+", [unicode]),
    r(<<"ひらがな"/utf8>>, "\\p{Hiragana}+", [unicode]),
    r(<<"a€b"/utf8>>, "\\p{Sc}", [unicode]),
    r(<<"x́"/utf8>>, "\\p{M}", [unicode]),
    r(<<"AbC"/utf8>>, "\\p{L&}", [unicode, global]),
    r(<<"a1"/utf8>>, "\\p{Xan}+", [unicode]),
    r(<<"a b"/utf8>>, "\\p{Xsp}", [unicode]),
    r(<<"a_b"/utf8>>, "\\p{Xwd}+", [unicode]),
    ok.
