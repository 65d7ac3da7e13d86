%% Latin-1 mode classifies the bytes 128-255 as erl's character tables do: \w, \b, POSIX
%% letter classes, caseless folding of accented letters.
-module(re_latin1).
-export([main/0]).

r(S, P, O) -> erlang:display(re:run(S, P, O)).

main() ->
    r(<<233>>, "\\w", []),
    r(<<233>>, "\\W", []),
    r(<<"a", 233, "b c">>, "\\w+", [global]),
    r(<<"a", 233, "b c">>, "[\\w]+", []),
    r(<<"a", 233, " c">>, "a\\b", []),
    r(<<"a", 233, " c">>, "\\b", [global]),
    r(<<"a", 233, " c">>, "\\B", [global]),
    r(<<233, 201>>, "[[:alpha:]]+", []),
    r(<<233, 201, "1">>, "[[:alnum:]]+", []),
    r(<<233, 201>>, "[[:lower:]]", [global]),
    r(<<233, 201>>, "[[:upper:]]", [global]),
    r(<<201>>, [233], [caseless]),
    r(<<233>>, [201], [caseless]),
    r(<<201>>, "\\xe9", [caseless]),
    r(<<201>>, "\\x{e9}", [caseless]),
    r(<<201>>, [$[, 233, $]], [caseless]),
    r(<<201>>, [233], []),
    r(<<215>>, [247], [caseless]),
    r(<<223>>, "\\w", []),
    r(<<255>>, "\\w", []),
    r(<<170, 181, 186>>, "\\w+", []),
    r(<<160>>, "\\s", []),
    r(<<160>>, "\\w", []),
    r(<<"é"/utf8>>, "\\w", [ucp, unicode]),
    r(<<"é"/utf8>>, "\\w+", [unicode]),
    r("na" ++ [239] ++ "ve caf" ++ [233], "\\b\\w+\\b", [global, {capture, all, list}]),
    r(<<"x", 233>>, "\\Q", []),
    r(<<"a", 233>>, "a # comment \\w\n\\w", [extended]),
    ok.
