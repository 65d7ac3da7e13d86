%% nested and repeated groups and what their captures hold
-module(re_nested_quant).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("abcabc", "(abc)*", [{capture, all, list}]),
    r("aabb", "((a)|(b))+", [{capture, all, list}]),
    r("ababab", "(?:(a)(b))+", [{capture, all, list}]),
    r("aaa", "(a)*", [{capture, all, list}]),
    r("aaa", "(a*)*", [{capture, all, list}]),
    r("aaa", "(a*)+", [{capture, all, list}]),
    r("abab", "(a|b)*?b", [{capture, all, list}]),
    r("ab", "((a)(b)?)+", [{capture, all, list}]),
    ok.
