%% Errors from binary construction: wrong value types for each segment type, negative and
%% non-integer sizes, sizes that do not fit (system_limit), binaries shorter than their size,
%% and what erl reports in each case (badarg or system_limit).
-module(bitsyntax_construct_errors).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun(X) -> ?MODULE:id(X) end,
    Cases = [
        {int_atom, fun() -> <<(I(a)):8>> end},
        {int_float, fun() -> <<(I(1.0)):8>> end},
        {int_binary, fun() -> <<(I(<<1>>)):8>> end},
        {int_list, fun() -> <<(I([1])):8>> end},
        {size_neg, fun() -> <<1:(I(-1))>> end},
        {size_atom, fun() -> <<1:(I(a))>> end},
        {size_float, fun() -> <<1:(I(8.0))>> end},
        {size_big, fun() -> <<1:(I(1 bsl 64))>> end},
        {size_first_bignum, fun() -> <<1:(I(1 bsl 59))>> end},
        {size_unit_overflow, fun() -> <<0:(I(1 bsl 59))/unit:8>> end},
        {float_atom, fun() -> <<(I(x)):64/float>> end},
        {float_size, fun() -> <<(I(1.0)):(I(40))/float>> end},
        {float_size_neg, fun() -> <<(I(1.0)):(I(-64))/float>> end},
        {float_bignum, fun() -> <<(I(1 bsl 2000)):64/float>> end},
        {bin_atom, fun() -> <<(I(x))/binary>> end},
        {bin_short, fun() -> <<(I(<<1, 2>>)):3/binary>> end},
        {bin_bits, fun() -> <<(I(<<1:4>>))/binary>> end},
        {bin_neg, fun() -> <<(I(<<1, 2>>)):(I(-1))/binary>> end},
        {bits_short, fun() -> <<(I(<<1>>)):9/bits>> end},
        {utf8_neg, fun() -> <<(I(-5))/utf8>> end},
        {utf8_surrogate, fun() -> <<(I(16#DABC))/utf8>> end},
        {utf16_big, fun() -> <<(I(16#110000))/utf16>> end},
        {utf32_atom, fun() -> <<(I(a))/utf32>> end},
        {second_segment, fun() -> <<1, 2, (I(a)), 4>> end},
        {in_comprehension, fun() -> << <<X>> || X <- I([1, 2, x]) >> end},
        {append_nonbin, fun() -> Acc = I(notbin), <<Acc/binary, 1>> end},
        {append_bits_as_binary, fun() -> Acc = I(<<1:1>>), <<Acc/binary, 1>> end},
        {size_from_atom_var, fun() -> S = I(x), <<1:S>> end}],
    [erlang:display({Name, t(F)}) || {Name, F} <- Cases],
    ok.
