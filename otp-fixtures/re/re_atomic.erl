%% atomic groups, possessive quantifiers and backtracking control verbs
-module(re_atomic).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("aaab", "(?>a+)b", []),
    r("aaa", "(?>a*)a", []),
    r("abc", "(?>ab|a)c", []),
    r("ac", "(?>ab|a)c", []),
    r("aaa", "a++", []),
    r("aab", "a?+ab", []),
    r("abc", "a(*PRUNE)bc|abd", []),
    r("aaabc", "a+(*COMMIT)b", []),
    r("abcabd", "ab(*THEN)d|abc", [global]),
    r("abc", "(*FAIL)|b", []),
    r("abc", "(*ACCEPT)", []),
    r("aaab", "a+(*SKIP)b", []),
    r("xyz", "(*MARK:m)y", []),
    ok.
