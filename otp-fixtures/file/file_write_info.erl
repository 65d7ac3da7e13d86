%% write_file_info/2,3: mode bits, owner (to the same owner), times (posix, universal,
%% local), undefined fields left alone; errors on missing files and bad records.
%% tmpdir:
%% env: TZ=America/New_York
-module(file_write_info).
-export([main/0]).

-record(file_info, {size, type, access, atime, mtime, ctime, mode, links, major_device,
                    minor_device, inode, uid, gid}).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    ok = prim_file:write_file("f", <<"x">>),
    Mode = fun() -> {ok, I} = prim_file:read_file_info("f"), I#file_info.mode band 8#7777 end,
    [begin
         R = prim_file:write_file_info("f", #file_info{mode = M}),
         erlang:display({M, R, Mode()})
     end || M <- [8#600, 8#644, 8#755, 8#4755, 8#1777, 8#0, 8#777]],
    {ok, Own} = prim_file:read_file_info("f"),
    erlang:display(prim_file:write_file_info("f", #file_info{uid = Own#file_info.uid,
                                                             gid = Own#file_info.gid})),
    [begin
         R = prim_file:write_file_info("f", #file_info{atime = A, mtime = M}, [{time, Ty}]),
         {ok, I} = prim_file:read_file_info("f", [{time, posix}]),
         erlang:display({Ty, R, I#file_info.atime, I#file_info.mtime})
     end || {Ty, A, M} <- [{posix, 0, 1}, {posix, 1700000000, 1700000001},
                          {universal, {{2020,2,29},{12,0,0}}, {{2020,3,1},{0,0,0}}},
                          {local, {{2021,11,7},{1,30,0}}, {{2021,3,14},{2,30,0}}}]],
    erlang:display(prim_file:write_file_info("missing", #file_info{mode = 8#600})),
    erlang:display(t(fun() -> prim_file:write_file_info("f", not_a_record) end)),
    erlang:display(t(fun() -> prim_file:write_file_info("f", #file_info{mode = foo}) end)),
    erlang:display(t(fun() -> prim_file:write_file_info("f", #file_info{atime = foo}, [{time, posix}]) end)),
    ok.
