%% character classes, ranges, negation, escapes and POSIX classes
-module(re_classes).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a-b", "[a\\-z]+", []),
    r("]x", "[]]", []),
    r("^x", "[\\^]", []),
    r("abc", "[^abc]", []),
    r("Hello World", "[[:upper:]]", [global]),
    r("a1 b2", "[[:digit:]]+", [global]),
    r("a1_ b", "[[:word:]]+", [global]),
    r("a	b c", "[[:space:]]", [global]),
    r("a.b,c!", "[[:punct:]]", [global]),
    r("ab12", "[[:xdigit:]]+", []),
    r("AbC", "[a-z]", [global, caseless]),
    r("x9", "[\\d]", []),
    r("x9", "[^\\d]", []),
    r("a b", "[\\s]", []),
    r("tab	here", "\\t", []),
    r("ab", "[\\x61]", []),
    r("ab", "[\\141]", []),
    ok.
