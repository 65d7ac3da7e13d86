%% caseless matching of ASCII letters, classes and backreferences
-module(re_caseless_ascii).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("HeLLo", "hello", [caseless]),
    r("HeLLo", "[a-z]+", [caseless]),
    r("HeLLo", "[^a-z]", [caseless, global]),
    r("ABab", "(ab)\\1", [caseless]),
    r("K", "k", []),
    r("K", "(?i)k", []),
    ok.
