%% erlang:crc32/1,2, adler32/1,2 and their _combine/3 forms over iodata: empty input, incremental
%% updates, deep iolists, large inputs, combine against the whole, and badarg for bad input.
-module(binary_crc32_adler32).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Data = [<<>>, <<"a">>, <<"abc">>, <<"The quick brown fox jumps over the lazy dog">>, "abc",
            [<<"a">>, [$b | <<"c">>]], list_to_binary(lists:seq(0, 255)), binary:copy(<<0>>, 10000),
            binary:copy(<<255>>, 100000)],
    [erlang:display({erlang:crc32(?MODULE:id(D)), erlang:adler32(?MODULE:id(D))}) || D <- Data],
    erlang:display({inc, erlang:crc32(erlang:crc32(<<"hello ">>), ?MODULE:id(<<"world">>)),
                    erlang:adler32(erlang:adler32(<<"hello ">>), ?MODULE:id(<<"world">>))}),
    erlang:display({erlang:crc32(<<"hello world">>), erlang:adler32(<<"hello world">>)}),
    Parts = [{<<"hello ">>, <<"world">>}, {<<>>, <<"x">>}, {<<"x">>, <<>>}, {<<>>, <<>>},
             {binary:copy(<<"ab">>, 5000), binary:copy(<<"cd">>, 7000)}],
    [begin
         C1 = erlang:crc32(A), C2 = erlang:crc32(B),
         A1 = erlang:adler32(A), A2 = erlang:adler32(B),
         erlang:display({erlang:crc32_combine(C1, C2, byte_size(B)) =:= erlang:crc32(<<A/binary, B/binary>>),
                         erlang:adler32_combine(A1, A2, byte_size(B)) =:= erlang:adler32(<<A/binary, B/binary>>),
                         erlang:crc32_combine(C1, C2, byte_size(B)), erlang:adler32_combine(A1, A2, byte_size(B))})
     end || {A, B} <- Parts],
    [erlang:display({seed, S, t(fun() -> erlang:crc32(?MODULE:id(S), <<"data">>) end),
                     t(fun() -> erlang:adler32(?MODULE:id(S), <<"data">>) end)})
     || S <- [0, 1, 16#FFFFFFFF, 16#100000000, -1, a, 1.0]],
    Bad = [abc, 1, <<1:1>>, [256], [a], [$a | b], {<<"x">>}],
    [erlang:display({bad, X, t(fun() -> erlang:crc32(?MODULE:id(X)) end), t(fun() -> erlang:adler32(?MODULE:id(X)) end)}) || X <- Bad],
    [erlang:display({combine_bad, Args, t(fun() -> apply(erlang, crc32_combine, ?MODULE:id(Args)) end),
                     t(fun() -> apply(erlang, adler32_combine, ?MODULE:id(Args)) end)})
     || Args <- [[0, 0, 0], [1, 2, -1], [a, 1, 1], [1, 2, 1 bsl 64], [16#FFFFFFFF, 16#FFFFFFFF, 16#FFFFFFFF], [16#100000000, 0, 1]]],
    Big = lists:foldl(fun(I, Acc) -> erlang:crc32(Acc, <<I:32>>) end, 0, lists:seq(1, 50000)),
    erlang:display(Big),
    ok.
