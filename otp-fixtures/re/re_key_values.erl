%% key=value pairs with global captures
-module(re_key_values).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a=1 b=2", "(\\w+)=(\"[^\"]*\"|\\S*)", [global, {capture, all_but_first, list}]),
    r("name=\"John Doe\" age=42", "(\\w+)=(\"[^\"]*\"|\\S*)", [global, {capture, all_but_first, list}]),
    r("empty= x=y", "(\\w+)=(\"[^\"]*\"|\\S*)", [global, {capture, all_but_first, list}]),
    r("none", "(\\w+)=(\"[^\"]*\"|\\S*)", [global, {capture, all_but_first, list}]),
    ok.
