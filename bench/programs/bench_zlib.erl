%% zlib:compress/1 of 100 MB of text-like data, and uncompress/1 of the result.
-module(bench_zlib).
-export([main/0]).

main() ->
    Line = list_to_binary([integer_to_list(I) ++ " the quick brown fox " || I <- lists:seq(1, 2000)]),
    Data = binary:part(binary:copy(Line, (100 bsl 20) div byte_size(Line) + 1), 0, 100 bsl 20),
    T0 = erlang:monotonic_time(),
    C = zlib:compress(Data),
    Back = zlib:uncompress(C),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, zlib, erlang:convert_time_unit(T1 - T0, native, microsecond),
                    {byte_size(C), Back =:= Data}}).
