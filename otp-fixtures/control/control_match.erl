%% Pattern matching: repeated variables, matching nested structures, = inside patterns (aliases),
%% string prefixes, matching against bound variables, float/integer distinctions in patterns.
-module(control_match).
-export([main/0]).

same({X, X}) -> same;
same({_, _}) -> different.

alias_of({point, X, Y} = P) when X =:= Y -> {diagonal, P};
alias_of([H | _] = L) -> {list_from, H, length(L)};
alias_of(Other) -> {other, Other}.

prefix("http://" ++ Rest) -> {http, Rest};
prefix("ftp://" ++ Rest) -> {ftp, Rest};
prefix(_) -> unknown.

main() ->
    erlang:display([same(P) || P <- [{1, 1}, {1, 1.0}, {a, a}, {[1], [1]}, {{}, {}}, {1 bsl 70, 1 bsl 70}, {0.0, -0.0}]]),
    erlang:display([alias_of(X) || X <- [{point, 2, 2}, {point, 1, 2}, [a, b, c], [], x]]),
    erlang:display([prefix(S) || S <- ["http://x.org", "ftp://f", "gopher://g", "http:/"]]),
    {A, {B, [C | D]}, _} = {1, {2, [3, 4, 5]}, ignored},
    erlang:display({A, B, C, D}),
    Bound = 5,
    erlang:display([case X of Bound -> bound; _ -> other end || X <- [5, 5.0, 6]]),
    erlang:display([case X of 1 -> int_one; 1.0 -> float_one; _ -> neither end || X <- [1, 1.0, 2]]),
    [First, Second | Rest] = lists:seq(1, 10),
    erlang:display({First, Second, Rest}),
    erlang:display(catch begin {ok, _} = list_to_tuple([error, x]) end),
    ok.
