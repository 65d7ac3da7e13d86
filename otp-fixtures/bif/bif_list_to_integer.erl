%% list_to_integer/1,2 and binary_to_integer/1,2: signs, leading zeros, bignums, every base,
%% lower- and upper-case digits, and all the strings that are badarg.
-module(bif_list_to_integer).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Strs = ["0", "-0", "+0", "1", "-1", "+17", "007", "-007", "576460752303423487",
            "576460752303423488", "-576460752303423489", "123456789012345678901234567890123",
            "", "-", "+", "1.0", "1e3", " 1", "1 ", "12a", "--1", "+-1", "0x10", "١٢", [$1 | $2], "1_000"],
    [erlang:display({S, t(fun() -> list_to_integer(S) end), t(fun() -> binary_to_integer(list_to_binary(S)) end)})
     || S <- Strs, is_list(S), lists:all(fun(C) -> is_integer(C) andalso C < 256 end, proper(S))],
    erlang:display(t(fun() -> list_to_integer([$1 | $2]) end)),
    erlang:display(t(fun() -> list_to_integer([1633, 1634]) end)),
    Based = [{"ff", 16}, {"FF", 16}, {"fF", 16}, {"-ff", 16}, {"zz", 36}, {"ZZ", 36}, {"10", 2},
             {"12", 2}, {"777", 8}, {"8", 8}, {"z", 35}, {"111111111111111111111111111111111111111111111111111111111111111111", 2},
             {"1", 1}, {"1", 37}, {"1", 0}, {"1", a}, {"", 16}, {"-", 16}, {"0g", 16}],
    [erlang:display({S, B, t(fun() -> list_to_integer(S, B) end), t(fun() -> binary_to_integer(list_to_binary(S), B) end)})
     || {S, B} <- Based],
    erlang:display([t(fun() -> list_to_integer(X) end) || X <- [a, 1, <<"1">>, [a]]]),
    ok.

proper(L) when is_list(L) -> try lists:reverse(L) catch _:_ -> [] end.
