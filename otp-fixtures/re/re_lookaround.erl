%% lookahead and lookbehind, positive and negative, nested
-module(re_lookaround).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("price 10 USD 20 EUR", "\\d+(?= USD)", [global, {capture, all, list}]),
    r("price 10 USD 20 EUR", "\\d+(?! USD)", [global, {capture, all, list}]),
    r("xa ya", "(?<=x)a", [global]),
    r("xa ya", "(?<!x)a", [global]),
    r("abc", "(?<=ab|b)c", []),
    r("abc", "(?<=a(?=b))b", []),
    r("foobar", "(?=foo)(?=.*bar)foo", []),
    r("ab", "(?=(a))a", [{capture, all, list}]),
    r("password1", "^(?=.*\\d)(?=.*[a-z]).{8,}$", []),
    r("password", "^(?=.*\\d)(?=.*[a-z]).{8,}$", []),
    ok.
