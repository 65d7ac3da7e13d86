%% bitstring_to_list/1 (the last element is a bitstring when the size is not a multiple of 8) and
%% list_to_bitstring/1 with bitstrings anywhere in the list, including the tail; badarg cases.
-module(binary_bitstring_to_list).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bs = [<<>>, <<1>>, <<1, 2, 3>>, <<1:1>>, <<5:3>>, <<1, 2, 3:2>>, <<255, 1:7>>, <<0:9>>,
          <<(binary:copy(<<7>>, 10))/binary, 0:1>>],
    [erlang:display(t(fun() -> bitstring_to_list(?MODULE:id(B)) end)) || B <- Bs],
    [erlang:display({bad, t(fun() -> bitstring_to_list(?MODULE:id(X)) end)}) || X <- [a, [1], 1, "x"]],
    Ls = [[], [1, 2], [<<1:1>>], [<<1:1>>, <<1:1>>], [1, <<2:4>>, <<3:4>>], [<<1:3>> | <<2:5>>],
          [[<<1:1>>, [<<0:1>>]], <<1:6>>], [$a, [$b, <<$c:7>>]], [<<>>, <<1:1>> | <<>>],
          [<<1:4>>, 255], [<<"x">> | <<1:1>>]],
    [erlang:display(t(fun() -> list_to_bitstring(?MODULE:id(L)) end)) || L <- Ls],
    Bad = [[256], [-1], [a], [1 | 2], <<1:1>>, a, [<<1:1>> | x], [1.0]],
    [erlang:display({bad, L, t(fun() -> list_to_bitstring(?MODULE:id(L)) end)}) || L <- Bad],
    Many = [<<I:3>> || I <- lists:seq(0, 7)] ++ [<<1:1>>],
    R = list_to_bitstring(lists:duplicate(100, Many)),
    erlang:display({bit_size(R), byte_size(R), erlang:phash2(R)}),
    RT = list_to_bitstring(bitstring_to_list(R)),
    erlang:display(RT =:= R),
    ok.
