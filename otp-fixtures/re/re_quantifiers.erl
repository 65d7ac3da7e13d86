%% greedy, lazy and possessive quantifiers and counted repeats
-module(re_quantifiers).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("aaaa", "a{0,2}", [global]),
    r("aaaa", "a{2,}", []),
    r("aaaa", "a{2,}?", []),
    r("aaab", "a*+b", []),
    r("aaa", "a*+a", []),
    r("abab", "(ab)+", []),
    r("abab", "(ab)+?", []),
    r("xyz", "y?", [global]),
    r("aaaa", "a??", [global]),
    r("aaa", "a{1}", [global]),
    r("a{1}", "a\\{1\\}", []),
    r("aXbXXc", "X+", [global, {capture, all, list}]),
    r("<a><b>", "<.*>", []),
    r("<a><b>", "<.*?>", [global]),
    ok.
