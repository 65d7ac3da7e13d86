%% runs of the same character with backreferences
-module(re_repeated_chars).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("aaabccddddde", "(.)\\1+", [global, {capture, all, list}]),
    r("aaabccddddde", "(.)\\1{2,}", [global, {capture, all, list}]),
    r("aaabccddddde", "(.)(?!\\1)", [global]),
    r("aaabccddddde", "(?:(.)\\1)+", [{capture, all, list}]),
    ok.
