%% numbered and named subroutine calls with captures left as they were
-module(re_subroutines).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("abcab", "(a)(b)c(?1)(?2)", [{capture, all, list}]),
    r("abcab", "(?<a>a)(?<b>b)c(?&a)(?&b)", [{capture, all, list}]),
    r("abcab", "(a(?:b))c(?-1)", [{capture, all, list}]),
    r("abcab", "(?1)c(ab)", [{capture, all, list}]),
    ok.
