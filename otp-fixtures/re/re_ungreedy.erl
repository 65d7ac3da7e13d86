%% the ungreedy option swaps greedy and lazy quantifiers
-module(re_ungreedy).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("<<a>><<b>>", "<<.*>>", [ungreedy]),
    r("<<a>><<b>>", "<<.*?>>", [ungreedy]),
    r("<<a>><<b>>", "<<.+>>", []),
    r("<<a>><<b>>", "(?U)<<.*>>", []),
    r("<<a>><<b>>", "(?-U)<<.*>>", [ungreedy]),
    ok.
