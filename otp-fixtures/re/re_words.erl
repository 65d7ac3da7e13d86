%% word boundaries and repeated words
-module(re_words).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("the the quick brown fox fox jumps", "\\b(\\w+)\\s+\\1\\b", [global, {capture, all, list}]),
    r("the the quick brown fox fox jumps", "\\b\\w{5}\\b", [global, {capture, all, list}]),
    r("the the quick brown fox fox jumps", "\\b[aeiou]\\w*", [global, {capture, all, list}]),
    r("the the quick brown fox fox jumps", "\\w+(?=\\s+jumps)", [global, {capture, all, list}]),
    r("the the quick brown fox fox jumps", "(?<=\\bthe\\s)\\w+", [global, {capture, all, list}]),
    ok.
