%% byte offsets, list and binary results for multi-byte subjects
-module(re_unicode_offsets).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r(<<"日本語"/utf8>>, "本", [unicode]),
    r(<<"日本語"/utf8>>, "本", [unicode, {capture, all, list}]),
    r(<<"日本語"/utf8>>, ".", [unicode, global]),
    r(<<"日本語"/utf8>>, ".", [unicode, global, {capture, all, binary}]),
    r(<<"aé日🎉"/utf8>>, ".", [unicode, global, {capture, all, list}]),
    r(<<"🎉🎉"/utf8>>, "🎉", [unicode, global]),
    r(<<"aéb"/utf8>>, "é", [unicode, {offset, 1}]),
    r(<<"aéb"/utf8>>, "b", [unicode, {offset, 3}]),
    r(<<"αβγ"/utf8>>, "(?<g>β)", [unicode, {capture, [g], list}]),
    r(<<"x"/utf8>>, "", [unicode, global]),
    ok.
