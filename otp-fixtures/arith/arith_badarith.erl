%% Every arithmetic operator applied to non-numbers and mixed bad operands: each must raise
%% error:badarith (and bitwise operators on floats too).
-module(arith_badarith).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bad = [atom, [], [1, 2], {1}, "1", <<1>>, fun() -> ok end],
    Ops = [{'+', fun(A, B) -> A + B end}, {'-', fun(A, B) -> A - B end},
           {'*', fun(A, B) -> A * B end}, {'/', fun(A, B) -> A / B end},
           {'div', fun(A, B) -> A div B end}, {'rem', fun(A, B) -> A rem B end},
           {'band', fun(A, B) -> A band B end}, {'bor', fun(A, B) -> A bor B end},
           {'bxor', fun(A, B) -> A bxor B end}, {'bsl', fun(A, B) -> A bsl B end},
           {'bsr', fun(A, B) -> A bsr B end}],
    [erlang:display({Name, I, t(fun() -> Op(B, 1) end), t(fun() -> Op(1, B) end),
                     t(fun() -> Op(1.5, 2) end), t(fun() -> Op(B, B) end)})
     || {Name, Op} <- Ops, {I, B} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    ok.
