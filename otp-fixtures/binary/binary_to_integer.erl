%% binary_to_integer/1,2: signs, leading zeros, the small/big boundary, every base 2..36 with
%% upper and lower case digits, huge numbers, and badarg for empty, whitespace, bad digits and bases.
-module(binary_to_integer).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ones = [<<"0">>, <<"-0">>, <<"+0">>, <<"007">>, <<"-007">>, <<"123">>, <<"+123">>, <<"-123">>,
            <<"576460752303423487">>, <<"576460752303423488">>, <<"-576460752303423488">>,
            <<"-576460752303423489">>, <<"18446744073709551615">>, <<"18446744073709551616">>,
            <<"-9223372036854775808">>, <<"123456789012345678901234567890123456789012345678901234567890">>,
            <<>>, <<"-">>, <<"+">>, <<" 1">>, <<"1 ">>, <<"1.0">>, <<"1e3">>, <<"0x10">>, <<"--1">>,
            <<"+-1">>, <<"12a">>, <<"١٢">>, <<1:1>>, "123", 123, abc],
    [erlang:display({B, t(fun() -> binary_to_integer(?MODULE:id(B)) end)}) || B <- Ones],
    Based = [{<<"ff">>, 16}, {<<"FF">>, 16}, {<<"-fF">>, 16}, {<<"z">>, 36}, {<<"Z">>, 36}, {<<"10">>, 2},
             {<<"2">>, 2}, {<<"777">>, 8}, {<<"8">>, 8}, {<<"zz">>, 35}, {<<"10">>, 36}, {<<"1">>, 1},
             {<<"1">>, 37}, {<<"1">>, 0}, {<<"1">>, -16}, {<<"1">>, a}, {<<"g">>, 16}, {<<"+a">>, 11},
             {<<"1111111111111111111111111111111111111111111111111111111111111111111111">>, 2},
             {<<"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz">>, 36}, {<<>>, 16}, {<<"-">>, 16}, {<<"1">>, 10.0}],
    [erlang:display({B, Base, t(fun() -> binary_to_integer(?MODULE:id(B), ?MODULE:id(Base)) end)})
     || {B, Base} <- Based],
    [erlang:display({base, Base, binary_to_integer(<<"10">>, Base), binary_to_integer(<<"-1z"/utf8>>, 36)})
     || Base <- lists:seq(2, 36)],
    Long = iolist_to_binary([integer_to_list(I rem 10) || I <- lists:seq(1, 3000)]),
    N = binary_to_integer(Long),
    erlang:display({N rem 1000000007, integer_to_binary(N) =:= Long}),
    ok.
