%% conditional groups on group numbers, names, assertions and recursion
-module(re_conditionals).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("(a)", "^(\\()?a(?(1)\\))$", []),
    r("(a", "^(\\()?a(?(1)\\))$", []),
    r("a", "^(\\()?a(?(1)\\))$", []),
    r("<x>", "^(?<o><)?x(?(<o>)>)$", []),
    r("<x>", "^(?<o><)?x(?('o')>)$", []),
    r("12", "(?(?=\\d)\\d\\d|ab)", []),
    r("ab", "(?(?=\\d)\\d\\d|ab)", []),
    r("ab", "(?(?!\\d)ab|\\d\\d)", []),
    r("a", "(?(R)a|b)", []),
    r("xb", "x(?(1)a|b)", []),
    ok.
