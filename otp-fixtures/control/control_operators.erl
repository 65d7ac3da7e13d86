%% Operator precedence and associativity: arithmetic with unary minus, bitwise operators,
%% comparisons chained with andalso/orelse, ++ and -- (right associative), and the send operator.
-module(control_operators).
-export([main/0]).

main() ->
    A = 7, B = 3, C = 2,
    erlang:display({A + B * C, (A + B) * C, A - B - C, A - (B - C), -A + B, - - A, A div B * C, A rem B + C}),
    erlang:display({A band B bor C, A bor B band C, A bxor B bsl C, (A bxor B) bsl C, bnot A band 15, A bsl C bsr 1}),
    erlang:display({A > B andalso B > C, A < B orelse B > C, not (A > B) orelse C > 0, A == 7.0, A =:= 7.0}),
    erlang:display({[1] ++ [2] ++ [3], [1, 2, 3] -- [1] -- [1], ([1, 2, 3] -- [1]) -- [2]}),
    erlang:display({A * -B, A - -B, -A * -B, +A - +B, -(A bsl 62)}),
    erlang:display({1 + 2 == 3, 3 == 1 + 2, 2 * 3 > 5 andalso true, (1 < 2) == true}),
    erlang:display({1.0 * 3 / 2, 7 / 2 * 2, 2 * 3 rem 4, -7 rem 3, -7 div 3}),
    Msg = self() ! hello,
    erlang:display({Msg, receive M -> M end}),
    ok.
