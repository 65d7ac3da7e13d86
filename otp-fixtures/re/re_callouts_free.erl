%% patterns with comments, extended mode and quoted text
-module(re_callouts_free).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a b#c", "a(?#comment) b", []),
    r("a b#c", "a\\ b", [extended]),
    r("a b#c", "a[ ]b", [extended]),
    r("a b#c", "\\#c", [extended]),
    r("a b#c", "a b # tail", [extended]),
    r("a b#c", "\\Qb#\\E", [extended]),
    ok.
