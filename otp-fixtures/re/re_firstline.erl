%% firstline limits where a match may start
-module(re_firstline).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("ab
cd", "cd", [firstline]),
    r("ab
cd", "b", [firstline]),
    r("ab
cd", "b\\nc", [firstline]),
    r("
ab", "a", [firstline]),
    r("abc", "c", [firstline]),
    ok.
