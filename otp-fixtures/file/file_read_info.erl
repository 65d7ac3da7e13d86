%% read_file_info/2 and read_link_info/2 for a regular file, a directory, a symlink, a dangling
%% symlink, a FIFO, /dev/null: every #file_info{} field that does not depend on the machine,
%% times as posix, universal and local (set with write_file_info first).
%% tmpdir:
%% mkfifo: fifo
%% env: TZ=Europe/Stockholm
-module(file_read_info).
-export([main/0]).

-record(file_info, {size, type, access, atime, mtime, ctime, mode, links, major_device,
                    minor_device, inode, uid, gid}).

show({ok, #file_info{} = I}) ->
    {I#file_info.size, I#file_info.type, I#file_info.access, I#file_info.mode band 8#7777,
     I#file_info.links, is_integer(I#file_info.inode), is_integer(I#file_info.major_device),
     I#file_info.uid, I#file_info.gid};
show(Other) -> Other.

main() ->
    ok = prim_file:write_file("f", <<"hello">>),
    ok = prim_file:make_dir("d"),
    ok = prim_file:make_symlink("f", "l"),
    ok = prim_file:make_symlink("nowhere", "dl"),
    ok = prim_file:make_symlink("d", "ld"),
    ok = prim_file:write_file_info("f", #file_info{mode = 8#640}),
    ok = prim_file:write_file_info("d", #file_info{mode = 8#750}),
    Names = ["f", "d", "l", "dl", "ld", "fifo", "/dev/null", "missing", "f/x", "d/", "."],
    [erlang:display({N, show(prim_file:read_file_info(N)), show(prim_file:read_link_info(N))})
     || N <- Names],
    T = 1600000000,
    ok = prim_file:write_file_info("f", #file_info{atime = T, mtime = T + 60}, [{time, posix}]),
    [begin
         {ok, TI} = prim_file:read_file_info("f", [{time, Type}]),
         erlang:display({Type, TI#file_info.atime, TI#file_info.mtime})
     end || Type <- [posix, universal, local]],
    Local = {{2021,3,28},{3,30,0}},
    ok = prim_file:write_file_info("f", #file_info{atime = Local, mtime = Local}),
    {ok, I} = prim_file:read_file_info("f", [{time, posix}]),
    erlang:display({I#file_info.atime, I#file_info.mtime}),
    Univ = {{2000,1,1},{0,0,0}},
    ok = prim_file:write_file_info("f", #file_info{mtime = Univ}, [{time, universal}]),
    {ok, J} = prim_file:read_file_info("f", [{time, universal}]),
    erlang:display(J#file_info.mtime),
    erlang:display(catch prim_file:read_file_info("f", [{time, bogus}])),
    erlang:display(prim_file:read_file_info("a\0b")),
    erlang:display(prim_file:read_file_info(lists:duplicate(5000, $a))),
    ok.
