%% notbol and noteol with ^, $, multiline and offsets
-module(re_notbol_noteol).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("ab", "^a", [notbol]),
    r("ab", "\\Aa", [notbol]),
    r("x
ab", "^a", [notbol, multiline]),
    r("ab", "b$", [noteol]),
    r("ab", "b\\z", [noteol]),
    r("ab
c", "b$", [noteol, multiline]),
    r("ab", "^ab$", [notbol, noteol]),
    r("ab", "[$^]", [notbol]),
    r("a^b", "\\^", [notbol]),
    r("ab", "^b", [notbol, {offset, 1}]),
    ok.
