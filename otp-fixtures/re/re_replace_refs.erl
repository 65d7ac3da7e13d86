%% re:replace replacement references: &, \\N, \\g{N}, escaped specials
-module(re_replace_refs).
-export([main/0]).

r(S, P, R, O) -> erlang:display(try re:replace(S, P, R, O) catch C:E -> {C, E} end).

main() ->
    r("abc", "b", "<&>", [{return, list}]),
    r("abc", "b", "<\\\\&>", [{return, list}]),
    r("abc", "(b)", "[\\\\1]", [{return, list}]),
    r("abc", "(b)", "[\\\\g1]", [{return, list}]),
    r("abc", "(b)", "[\\\\g{1}0]", [{return, list}]),
    r("abc", "(b)", "[\\\\10]", [{return, list}]),
    r("abc", "(b)", "[\\\\2]", [{return, list}]),
    r("abc", "b", "\\\\\\\\", [{return, list}]),
    r("abc", "b", "&&", [{return, list}]),
    r("abc", "(?<x>b)", "[\\\\1]", [{return, list}]),
    r("abc", "b", <<"B">>, [{return, list}]),
    r("abc", "b", [$X, <<"Y">>], [{return, list}]),
    ok.
