%% A 100 MB file written in 1 MB chunks through a raw handle, read back in 64 KB chunks and
%% whole with read_file/1, compared by MD5; then truncated and checked by size.
%% tmpdir:
-module(file_large).
-export([main/0]).

main() ->
    Chunk = << <<(I band 255)>> || I <- lists:seq(1, 1 bsl 20) >>,
    {ok, W} = prim_file:open("big", [write, binary]),
    Ctx = lists:foldl(fun(I, C) ->
                              Block = <<I:32, Chunk/binary>>,
                              ok = prim_file:write(W, Block),
                              erlang:md5_update(C, Block)
                      end, erlang:md5_init(), lists:seq(1, 100)),
    ok = prim_file:close(W),
    Sum = erlang:md5_final(Ctx),
    {ok, R} = prim_file:open("big", [read, binary]),
    ReadSum = read_all(R, erlang:md5_init(), 0),
    ok = prim_file:close(R),
    erlang:display({chunks, ReadSum =:= {Sum, 100 * ((1 bsl 20) + 4)}}),
    {ok, All} = prim_file:read_file("big"),
    erlang:display({whole, byte_size(All), erlang:md5(All) =:= Sum}),
    {ok, T} = prim_file:open("big", [read, write]),
    {ok, _} = prim_file:position(T, 12345),
    ok = prim_file:truncate(T),
    ok = prim_file:close(T),
    {ok, Small} = prim_file:read_file("big"),
    erlang:display({truncated, byte_size(Small), Small =:= binary:part(All, 0, 12345)}),
    ok.

read_all(F, Ctx, N) ->
    case prim_file:read(F, 65536) of
        {ok, B} -> read_all(F, erlang:md5_update(Ctx, B), N + byte_size(B));
        eof -> {erlang:md5_final(Ctx), N}
    end.
