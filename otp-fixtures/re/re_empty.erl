%% empty patterns and subjects, empty matches with every global option
-module(re_empty).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("", "", []),
    r("", "", [global]),
    r("", "a*", [global]),
    r("", "^$", []),
    r("", "$", [global, multiline]),
    r("ab", "b*", [global]),
    r("ab", "b*?", [global]),
    r("ab", "(?=b)", [global]),
    r("ab", "\\b", [global]),
    r("ab", "", [global, notempty]),
    r("ab", "", [global, notempty_atstart]),
    r("ab", "x*", [global, {capture, all, list}]),
    r(<<"">>, "", [global, {capture, all, binary}]),
    ok.
