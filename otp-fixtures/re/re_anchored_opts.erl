%% anchored at compile time and at run time
-module(re_anchored_opts).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("abc", "b", [anchored]),
    r("abc", "a|b", [anchored]),
    r("abc", "b|a", [anchored]),
    r("abc", "b", [anchored, {offset, 1}]),
    r("aaa", "a", [anchored, global]),
    r("aba", "a", [anchored, global]),
    r("abc", "\\w+", [anchored, {capture, all, list}]),
    r("abc", "", [anchored, global]),
    ok.
