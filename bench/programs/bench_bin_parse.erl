%% Generates a buffer of about 10 MB of length-prefixed records and parses it three times.
-module(bench_bin_parse).
-export([main/0]).

gen(0, Acc) -> Acc;
gen(N, Acc) ->
    Len = N rem 40,
    gen(N - 1, <<Acc/binary, Len:16, N:32, 0:(Len * 8)>>).

parse(<<Len:16, Id:32, _:Len/binary, Rest/binary>>, Count, Sum) ->
    parse(Rest, Count + 1, (Sum + Id) band 16#FFFFFFF);
parse(<<>>, Count, Sum) -> {Count, Sum}.

main() ->
    T0 = erlang:monotonic_time(),
    Buf = gen(400000, <<>>),
    Parsed = [parse(Buf, 0, 0) || _ <- [1, 2, 3]],
    T1 = erlang:monotonic_time(),
    erlang:display({bench, bin_parse, erlang:convert_time_unit(T1 - T0, native, microsecond),
                    {byte_size(Buf), Parsed}}).
