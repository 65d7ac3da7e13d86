%% possessive quantifiers on classes and groups
-module(re_possessive_classes).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("aaab", "[ab]++b", []),
    r("aaab", "[a]++b", []),
    r("123abc", "\\d++\\w", []),
    r("123", "\\d++\\d", []),
    r("abcabc", "(?:abc)++", []),
    r("abcab", "(?:abc)*+ab", []),
    r("xyz", "[^z]*+z", []),
    ok.
