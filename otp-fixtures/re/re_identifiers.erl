%% identifiers and keywords with boundaries and lookahead
-module(re_identifiers).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("let x1 = foo_bar + _tmp; if y then z", "\\b[a-zA-Z_]\\w*\\b", [global, {capture, all, list}]),
    r("let x1 = foo_bar + _tmp; if y then z", "\\b(?!if\\b|then\\b|let\\b)[a-z_]\\w*", [global, {capture, all, list}]),
    r("let x1 = foo_bar + _tmp; if y then z", "\\b(?:if|then|let)\\b", [global, {capture, all, list}]),
    r("let x1 = foo_bar + _tmp; if y then z", "\\w+(?=\\s*=)", [global, {capture, all, list}]),
    ok.
