%% newline conventions for ^, $ and . at compile and run time
-module(re_newlines).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("ab", "^b", [multiline, {newline, cr}]),
    r("ab", "^b", [multiline, {newline, lf}]),
    r("a
b", "a$", [multiline, {newline, crlf}]),
    r("a
b", "a$", [multiline]),
    r("ab
c", "^\\w", [global, multiline, {newline, anycrlf}]),
    r("ab", "a.b", [{newline, cr}]),
    r("ab", "a.b", []),
    r("a
b", "a.b", [{newline, cr}]),
    r("x
y", "x.", [{newline, crlf}]),
    r("x
y", "x.", [{newline, any}]),
    r("a
b", "$", [global, multiline, {newline, any}]),
    r("a
b", "\\R", []),
    r("ab", "\\R", [bsr_anycrlf]),
    r("a
b", "\\N", []),
    ok.
