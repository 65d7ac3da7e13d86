%% a tokenizer: alternation of token classes in global mode
-module(re_tokens).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("12 + ab*(3)", "\\s*(?:(\\d+)|([a-z]+)|(\\S))", [global, {capture, all_but_first, list}]),
    r("x", "\\s*(?:(\\d+)|([a-z]+)|(\\S))", [global, {capture, all_but_first, list}]),
    r("  ", "\\s*(?:(\\d+)|([a-z]+)|(\\S))", [global, {capture, all_but_first, list}]),
    r("a1b2", "\\s*(?:(\\d+)|([a-z]+)|(\\S))", [global, {capture, all_but_first, list}]),
    ok.
