%% branch reset groups number their alternatives alike
-module(re_branch_reset).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("ab", "(?|(a)(b)|(c))", [{capture, all, list}]),
    r("c", "(?|(a)(b)|(c))", [{capture, all, list}]),
    r("x", "(?|(a)(b)|(c))", [{capture, all, list}]),
    r("xyz", "(?|x(y)|(z))+", [{capture, all, list}]),
    ok.
