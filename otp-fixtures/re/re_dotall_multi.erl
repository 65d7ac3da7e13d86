%% dot, dotall, multiline and their combinations
-module(re_dotall_multi).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a
b
c", "a.*c", []),
    r("a
b
c", "a.*c", [dotall]),
    r("a
b
c", "^b$", []),
    r("a
b
c", "^b$", [multiline]),
    r("a
b
c", "b.c", [multiline]),
    r("a
b
c", "(?s)b.c", [multiline]),
    r("a
b
c", "\\Ab", [multiline]),
    r("a
b
c", "c\\Z", [multiline]),
    ok.
