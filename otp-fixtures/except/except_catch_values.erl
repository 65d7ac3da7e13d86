%% The value of `catch Expr` in many positions: matched, in a tuple, in a list comprehension, in
%% a case scrutinee, nested, and when Expr returns normally (the value itself).
-module(except_catch_values).
-export([main/0]).

main() ->
    A = (catch 1 + 2),
    erlang:display(A),
    {'EXIT', {badarith, _}} = (catch 1 + id(a)),
    erlang:display(matched_exit),
    erlang:display({catch throw(1), catch throw(2), catch 3}),
    erlang:display([catch throw(X) || X <- [a, b, c]]),
    erlang:display(case catch throw(x) of x -> thrown_x; _ -> other end),
    erlang:display(catch (catch throw(inner))),
    erlang:display(catch begin erlang:display(side_effect), throw(after_side_effect) end),
    erlang:display(length([catch id(N) || N <- lists:seq(1, 10000)])),
    erlang:display(lists:sum([case catch maybe_fail(N) of {'EXIT', _} -> 0; V -> V end
                              || N <- lists:seq(1, 100)])),
    ok.

id(X) -> X.

maybe_fail(N) when N rem 3 =:= 0 -> error(three);
maybe_fail(N) when N rem 5 =:= 0 -> throw(N * 100);
maybe_fail(N) -> N.
