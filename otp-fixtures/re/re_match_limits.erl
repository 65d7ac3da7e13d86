%% match and recursion limits with and without report_errors
-module(re_match_limits).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("aaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 50}]),
    r("aaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 50}, report_errors]),
    r("aaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit_recursion, 3}, report_errors]),
    r("aaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 100000000}]),
    r("aaaaaaaaaaaaaaaaaaaaaaab", "(a|aa)+$", [{match_limit, 10}, report_errors, global]),
    r("abc", "b", [{match_limit, 1}, report_errors]),
    ok.
