%% binary_to_list/1,3: whole binaries, 1-based positions at the edges, start > stop, zero and
%% out-of-range positions, bitstrings (badarg), and non-binaries.
-module(binary_to_list).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [erlang:display(t(fun() -> binary_to_list(?MODULE:id(X)) end))
     || X <- [<<>>, <<0>>, <<"abc">>, <<255, 0, 128>>, <<1:1>>, <<1, 2, 3:2>>, abc, "abc", 1, [<<1>>]]],
    B = ?MODULE:id(<<"abcdef">>),
    Cases = [{1, 1}, {1, 6}, {6, 6}, {2, 4}, {4, 2}, {0, 1}, {1, 0}, {1, 7}, {7, 7}, {3, 3}, {-1, 2},
             {a, 2}, {1, 1 bsl 64}, {6, 5}, {2.0, 3}],
    [erlang:display({S, E, t(fun() -> binary_to_list(B, S, E) end)}) || {S, E} <- Cases],
    erlang:display(t(fun() -> binary_to_list(?MODULE:id(<<>>), 1, 1) end)),
    erlang:display(t(fun() -> binary_to_list(?MODULE:id(<<1, 2, 3:3>>), 1, 2) end)),
    erlang:display(t(fun() -> binary_to_list(?MODULE:id(<<1, 2, 3:3>>), 1, 3) end)),
    Big = list_to_binary(lists:seq(0, 255)),
    L = binary_to_list(Big),
    erlang:display({length(L), lists:sum(L), lists:nth(200, L)}),
    erlang:display(binary_to_list(Big, 250, 256)),
    Huge = binary:copy(Big, 400),
    HL = binary_to_list(Huge),
    erlang:display({length(HL), lists:sum(HL)}),
    ok.
