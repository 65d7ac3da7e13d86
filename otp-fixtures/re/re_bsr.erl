%% \R under bsr_unicode and bsr_anycrlf, at compile and run time
-module(re_bsr).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a
b", "a\\Rb", []),
    r("ab", "a\\Rb", [bsr_anycrlf]),
    r("ab", "a\\Rb", [bsr_anycrlf]),
    r("ab", "a\\Rb", [bsr_unicode]),
    r("ab", "a\\Rb", []),
    r("ab", "a\\Rb", [bsr_anycrlf]),
    r("a
b", "a\\R{2}b", []),
    r("

", "\\R", [global]),
    ok.
