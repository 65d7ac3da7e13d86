%% comma-separated fields with quotes
-module(re_csv).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a,b,c", "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)", [global, {capture, all, list}]),
    r("\"x,y\",z", "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)", [global, {capture, all, list}]),
    r(",,", "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)", [global, {capture, all, list}]),
    r("\"a\"\"b\",c", "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)", [global, {capture, all, list}]),
    ok.
