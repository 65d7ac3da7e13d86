%% binary:copy/1,2 (zero, one and many copies, empty and sub-binaries, badarg for negative counts
%% and bitstrings) and binary:referenced_byte_size/1 for heap binaries, large binaries and sub-binaries.
-module(binary_mod_copy).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [erlang:display({B, N, t(fun() -> binary:copy(?MODULE:id(B), ?MODULE:id(N)) end)})
     || {B, N} <- [{<<"ab">>, 0}, {<<"ab">>, 1}, {<<"ab">>, 3}, {<<>>, 5}, {<<>>, 0}, {<<"ab">>, -1},
                   {<<"ab">>, a}, {"ab", 2}, {<<1:1>>, 2}, {<<1, 1:1>>, 1}, {<<"x">>, 1.0}]],
    erlang:display(t(fun() -> binary:copy(?MODULE:id(<<"abc">>)) end)),
    erlang:display(t(fun() -> binary:copy(?MODULE:id(<<1:1>>)) end)),
    erlang:display(t(fun() -> binary:copy(?MODULE:id(abc)) end)),
    erlang:display(byte_size(binary:copy(<<"0123456789">>, 100000))),
    Large = binary:copy(?MODULE:id(<<"x">>), 1000),
    Small = ?MODULE:id(<<"tiny">>),
    Sub = binary:part(Large, 10, 20),
    <<_:3/binary, Tail/binary>> = Large,
    [erlang:display({byte_size(X), t(fun() -> binary:referenced_byte_size(X) end)})
     || X <- [Small, Large, Sub, Tail, binary:copy(Sub), <<>>, binary:copy(<<"y">>, 64), binary:copy(<<"y">>, 65)]],
    [erlang:display({bad, X, t(fun() -> binary:referenced_byte_size(?MODULE:id(X)) end)}) || X <- [abc, "ab", <<1:1>>]],
    ok.
