%% quoted strings with escapes
-module(re_quoted).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("say \"hi\" and \"bye\"", "\"((?:[^\"\\\\]|\\\\.)*)\"", [global, {capture, all, list}]),
    r("\"a\\\"b\"", "\"((?:[^\"\\\\]|\\\\.)*)\"", [global, {capture, all, list}]),
    r("\"unterminated", "\"((?:[^\"\\\\]|\\\\.)*)\"", [global, {capture, all, list}]),
    r("\"\"", "\"((?:[^\"\\\\]|\\\\.)*)\"", [global, {capture, all, list}]),
    ok.
