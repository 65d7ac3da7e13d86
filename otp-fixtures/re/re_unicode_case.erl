%% caseless matching and case-folding in unicode mode
-module(re_unicode_case).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r(<<"ÉCOLE"/utf8>>, "école", [unicode, caseless]),
    r(<<"ΣΊΣΥΦΟΣ"/utf8>>, "σίσυφος", [unicode, caseless]),
    r(<<"STRASSE"/utf8>>, "straße", [unicode, caseless]),
    r(<<"Ǆ"/utf8>>, "ǆ", [unicode, caseless]),
    r(<<"K"/utf8>>, "K", [unicode, caseless]),
    r(<<"ÀÉÎ"/utf8>>, "[à-î]+", [unicode, caseless]),
    r(<<"abc"/utf8>>, "ABC", [unicode, caseless]),
    r(<<"İ"/utf8>>, "i", [unicode, caseless]),
    ok.
