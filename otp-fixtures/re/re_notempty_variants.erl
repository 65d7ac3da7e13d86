%% notempty and notempty_atstart with optional patterns
-module(re_notempty_variants).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("abc", "x?", [notempty]),
    r("abc", "x?|b", [notempty]),
    r("abc", "a?", [notempty_atstart]),
    r("abc", "b?", [notempty_atstart]),
    r("abc", "", [notempty]),
    r("", "", [notempty]),
    r("aaa", "a*?", [notempty]),
    r("aaa", "a*?", [global, notempty]),
    r("abc", "(?=b)", [notempty]),
    ok.
