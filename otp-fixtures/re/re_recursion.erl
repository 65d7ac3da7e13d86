%% recursion, subroutine calls and DEFINE groups
-module(re_recursion).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("((()))", "\\((?R)*\\)", []),
    r("(()", "\\((?R)*\\)", []),
    r("1+2+3", "(\\d)(?:\\+(?1))*", []),
    r("abcabc", "(abc)(?1)", []),
    r("abcabc", "(?<x>abc)(?&x)", []),
    r("abcabc", "(?<x>abc)(?P>x)", []),
    r("ab", "(?(DEFINE)(?<l>[a-z]))(?&l)+", []),
    r("{a{b}c}", "\\{(?:[^{}]|(?0))*\\}", [{capture, all, list}]),
    r("aab", "(a)(?-1)b", []),
    ok.
