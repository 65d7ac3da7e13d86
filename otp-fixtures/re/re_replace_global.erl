%% re:replace with global over empty, overlapping and anchored matches
-module(re_replace_global).
-export([main/0]).

r(S, P, R, O) -> erlang:display(try re:replace(S, P, R, O) catch C:E -> {C, E} end).

main() ->
    r("aaa", "a", "b", [global, {return, list}]),
    r("abc", "", "-", [global, {return, list}]),
    r("abc", "x*", "-", [global, {return, list}]),
    r("aaa", "a*", "-", [global, {return, list}]),
    r("aaa", "a*?", "-", [global, {return, list}]),
    r("a
b", "^", "#", [global, multiline, {return, list}]),
    r("a
b", "$", "#", [global, multiline, {return, list}]),
    r("abab", "^ab", "X", [global, {return, list}]),
    r("a.b.c", "\\.", "", [global, {return, binary}]),
    r("a b  c", "\\s+", " ", [global, {return, list}]),
    r("x", "y", "z", [global, {return, list}]),
    ok.
