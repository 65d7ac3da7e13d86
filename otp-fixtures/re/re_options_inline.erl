%% inline option settings and option scoping
-module(re_options_inline).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("ABC", "(?i)abc", []),
    r("aBC", "a(?i)bc", []),
    r("AbC", "a(?i)bc", []),
    r("aBc", "a(?i:b)c", []),
    r("a
b", "(?s)a.b", []),
    r("a
b", "(?m)^b", []),
    r("ab", "(?x) a b ", []),
    r("aaa", "(?U)a+", []),
    r("ABC", "(?i)a(?-i)BC", []),
    r("AbC", "(?i)a(?-i)BC", []),
    r("ab", "(?|(a)|(b))\\1", []),
    r("ab", "(?J)(?<n>a)(?<n>b)", [{capture, [n], list}]),
    ok.
