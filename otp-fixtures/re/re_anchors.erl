%% anchors and assertions: ^ $ \A \z \Z \G \b with and without multiline
-module(re_anchors).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("ab
cd
", "^\\w+$", [global, multiline]),
    r("ab
cd
", "\\A\\w+", [global, multiline]),
    r("ab
cd
", "\\w+\\Z", []),
    r("ab
cd
", "\\w+\\z", []),
    r("ab
cd", "\\w+\\z", []),
    r("abc", "\\Gb", [{offset, 1}]),
    r("abc", "\\Gc", [{offset, 1}]),
    r("a b", "\\b", [global]),
    r("ab
", "$", [global]),
    r("ab
", "$", [global, dollar_endonly]),
    r("a
b", "^", [global]),
    r("a
b", "^", [global, multiline]),
    r("a
", "a$", [noteol]),
    r("a
b", "a$", [noteol, multiline]),
    ok.
