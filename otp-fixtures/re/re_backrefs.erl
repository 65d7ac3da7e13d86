%% backreferences by number, relative number and name; case-insensitive references
-module(re_backrefs).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("aa bb cc", "(\\w)\\1", [global, {capture, [1], list}]),
    r("abAB", "(ab)\\1", [caseless]),
    r("abAB", "(ab)(?i)\\1", []),
    r("xyxy", "(?<p>xy)\\k{p}", []),
    r("xyxy", "(?<p>xy)\\k'p'", []),
    r("xyxy", "(?<p>xy)(?P=p)", []),
    r("abcabc", "(a)(b)(c)\\3?", []),
    r("aa", "(a)\\g{1}", []),
    r("abba", "(a)(b)\\2\\1", [{capture, all, list}]),
    r("a", "(a)|\\1b", []),
    r("ab", "(a)?b\\1", []),
    ok.
