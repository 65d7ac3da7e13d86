%% bad arguments to re:run
-module(re_errors_run).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r(foo, "a", []),
    r("a", "a", [bad]),
    r("a", "a", not_a_list),
    r("a", "a", [{offset, x}]),
    r("a", "a", [{match_limit, -1}]),
    r("a", "a", [{newline, x}]),
    r("a", "a", [{capture, all, x}]),
    r([a|b], "a", []),
    r([-1], "a", []),
    r(<<1:1>>, "a", []),
    r("a", "(", [report_errors]),
    r("a", "a)", [report_errors, global]),
    r("a", "\\", [report_errors]),
    r("a", "[a", []),
    ok.
