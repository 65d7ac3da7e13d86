%% escape sequences: hex, octal, control, \h \v, \N, \Q..\E
-module(re_escapes).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a b", "\\x20", []),
    r("a b", "\\x{20}", []),
    r("a b", "\\040", []),
    r("a b", "\\o{40}", []),
    r("a	b", "\\h", []),
    r("a
b", "\\v", []),
    r("a
b", "\\H+", [global]),
    r("ab
", "\\V+", []),
    r("a.*b", "\\Q.*\\E", []),
    r("a.*b", "a\\Q.*\\Eb", []),
    r("", "\\a", []),
    r("", "\\e", []),
    r("", "\\f", []),
    r("", "\\cA", []),
    r("a\\b", "\\\\", []),
    ok.
