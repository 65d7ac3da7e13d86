%% {offset, N} with lookbehind, \G, ^ and global
-module(re_offsets).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("abcabc", "(?<=a)b", [{offset, 3}]),
    r("abcabc", "\\Ga", [{offset, 3}]),
    r("abcabc", "^a", [{offset, 3}]),
    r("abcabc", "^a", [{offset, 3}, multiline]),
    r("abcabc", "c", [global, {offset, 3}]),
    r("abcabc", "", [global, {offset, 5}]),
    r("abcabc", "abc", [{offset, 4}]),
    ok.
