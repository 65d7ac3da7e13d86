%% tags and attributes, greedy and lazy
-module(re_html).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("<a href=\"x\">link</a><b>bold</b>", "<(\\w+)[^>]*>", [global, {capture, all, list}]),
    r("<a href=\"x\">link</a><b>bold</b>", "<(\\w+)[^>]*>(.*?)</\\1>", [global, {capture, all, list}]),
    r("<a href=\"x\">link</a><b>bold</b>", "(\\w+)=\"([^\"]*)\"", [global, {capture, all, list}]),
    r("<a href=\"x\">link</a><b>bold</b>", "</?\\w+>", [global, {capture, all, list}]),
    ok.
