%% global with capture lists over several matches
-module(re_global_captures).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a1b2c3", "([a-z])(\\d)", [global, {capture, all, list}]),
    r("a1b2c3", "([a-z])(\\d)", [global, {capture, [2], binary}]),
    r("a1b2c3", "([a-z])(\\d)", [global, {capture, all_but_first, index}]),
    r("a1b2c3", "(?<l>[a-z])(?<d>\\d)", [global, {capture, all_names, list}]),
    r("a1b2c3", "([a-z])(x)?", [global, {capture, all, list}]),
    r("a1b2c3", "([a-z])(x)?", [global, {capture, [2], list}]),
    r("a1b2c3", "\\d", [global, {capture, first, index}]),
    ok.
