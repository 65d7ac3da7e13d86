%% Writing where the system refuses it (the tests run as root, so permission bits do not stop
%% them; read-only and special file systems do): erl's error for each, never a crash.
-module(file_write_refused).
-export([main/0]).

-record(file_info, {size, type, access, atime, mtime, ctime, mode, links, major_device,
                    minor_device, inode, uid, gid}).

main() ->
    D = fun(X) -> erlang:display(X) end,
    D(prim_file:make_dir("/proc/girder_no_such_dir")),
    D(prim_file:write_file("/proc/girder_no_such_file", <<"x">>)),
    D(prim_file:write_file("/proc/version", <<"x">>)),
    D(prim_file:delete("/proc/version")),
    D(prim_file:rename("/proc/version", "/proc/version2")),
    D(prim_file:make_dir("/sys/girder_no_such_dir")),
    D(prim_file:del_dir("/proc/self")),
    D(prim_file:make_symlink("a", "/proc/girder_link")),
    D(prim_file:write_file_info("/proc/version", #file_info{mode = 8#600})),
    D(prim_file:open("/", [write])),
    D(prim_file:set_cwd("/proc/version")),
    D(prim_file:make_link("/proc/version", "/proc/girder_link")),
    D(prim_file:list_dir("/proc/version")),
    D(prim_file:read_link("/proc/version")),
    ok.
