%% lookbehind with alternatives of different fixed lengths
-module(re_lookbehind_var).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("xab yb zzb", "(?<=xa|y)b", [global]),
    r("xab yb zzb", "(?<=zz|x)a", [global]),
    r("xab yb zzb", "(?<!a|zz)b", [global]),
    r("xab yb zzb", "(?<=\\s)\\w", [global]),
    ok.
