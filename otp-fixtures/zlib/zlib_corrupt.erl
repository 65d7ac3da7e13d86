%% Corrupt, truncated and trailing-garbage streams: data_error where erl raises it, what each
%% of uncompress/unzip/gunzip and the streaming API make of them; bit flips throughout a
%% stream never crash.
-module(zlib_corrupt).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Good = zlib:compress(binary:copy(<<"corruption test ">>, 50)),
    Cases = [<<>>, <<1>>, <<1,2,3,4,5,6,7,8>>, <<120,156>>, <<120,156,0,0,0,0,0,0>>,
             binary:part(Good, 0, byte_size(Good) - 4), binary:part(Good, 0, 10),
             <<Good/binary, "trailing">>, <<0, Good/binary>>,
             <<31,139,8,0,0,0,0,0,0,3,1,2,3>>],
    [erlang:display({N, t(fun() -> zlib:uncompress(C) end), t(fun() -> zlib:unzip(C) end),
                     t(fun() -> zlib:gunzip(C) end)})
     || {N, C} <- lists:zip(lists:seq(1, length(Cases)), Cases)],
    Flips = [begin
                 <<A:I/binary, B, R/binary>> = Good,
                 case t(fun() -> zlib:uncompress(<<A/binary, (B bxor 16#55), R/binary>>) end) of
                     {error, E} -> E;
                     Bin when is_binary(Bin) -> ok
                 end
             end || I <- lists:seq(0, byte_size(Good) - 1)],
    erlang:display(lists:usort(Flips)),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z, 15, error),
    erlang:display(t(fun() -> zlib:inflate(Z, <<Good/binary, "x">>) end)),
    zlib:close(Z),
    Z2 = zlib:open(),
    ok = zlib:inflateInit(Z2),
    erlang:display(t(fun() -> zlib:inflate(Z2, <<"not a zlib stream">>) end)),
    erlang:display(t(fun() -> zlib:inflateEnd(Z2) end)),
    zlib:close(Z2),
    ok.
