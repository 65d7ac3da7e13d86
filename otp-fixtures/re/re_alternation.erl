%% alternation order, empty alternatives, nested groups
-module(re_alternation).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("abc", "a|ab|abc", []),
    r("abc", "abc|ab|a", []),
    r("xyz", "|x", []),
    r("xyz", "x|", [global]),
    r("cat", "c(a|u)t", [{capture, all, list}]),
    r("cut", "c(?:a|u)t", [{capture, all, list}]),
    r("abcd", "((a)(b))((c)(d))", [{capture, all, list}]),
    r("ac", "a(b)?c", [{capture, all, list}]),
    r("ac", "a(b)?c", [{capture, all, binary}]),
    r("ac", "a(b)?c", [{capture, [1], index}]),
    r("one two three", "(one|two|three)", [global, {capture, all_but_first, list}]),
    ok.
