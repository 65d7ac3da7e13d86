%% classes with non-ASCII members and ranges in unicode mode
-module(re_unicode_classes).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r(<<"aéz"/utf8>>, "[à-ÿ]", [unicode]),
    r(<<"aéz"/utf8>>, "[^a-z]", [unicode, {capture, all, list}]),
    r(<<"日本"/utf8>>, "[\\x{65e5}]", [unicode]),
    r(<<"αβγ"/utf8>>, "[α-γ]+", [unicode, {capture, all, binary}]),
    r(<<"aé"/utf8>>, "[[:alpha:]]+", [unicode, ucp]),
    r(<<"aé"/utf8>>, "\\W", [unicode, ucp]),
    r(<<"€5"/utf8>>, "[\\p{Sc}\\d]+", [unicode]),
    r(<<"x"/utf8>>, "[\\x{100}-\\x{200}]", [unicode]),
    ok.
