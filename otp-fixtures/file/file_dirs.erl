%% make_dir/1, del_dir/1, delete/1 and rename/2 with their errors: existing names, missing
%% parents, files where directories are expected, non-empty directories, a directory into
%% itself, renaming over files and directories.
%% tmpdir:
-module(file_dirs).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    D(prim_file:make_dir("a")),
    D(prim_file:make_dir("a")),
    D(prim_file:make_dir("x/y")),
    D(prim_file:write_file("f", <<"1">>)),
    D(prim_file:make_dir("f")),
    D(prim_file:make_dir("f/g")),
    D(prim_file:make_dir("")),
    D(prim_file:make_dir("a/b")),
    D(prim_file:write_file("a/b/c", <<"2">>)),
    D(prim_file:del_dir("a")),
    D(prim_file:del_dir("a/b/c")),
    D(prim_file:del_dir("missing")),
    D(prim_file:del_dir("f")),
    D(prim_file:delete("a")),
    D(prim_file:delete("a/b")),
    D(prim_file:delete("missing")),
    D(prim_file:delete("f/x")),
    D(prim_file:rename("a/b/c", "c")),
    D(prim_file:read_file("c")),
    D(prim_file:rename("c", "f")),
    D(prim_file:read_file("f")),
    D(prim_file:rename("missing", "m2")),
    D(prim_file:rename("a", "a/b/inner")),
    D(prim_file:rename("f", "a")),
    D(prim_file:rename("a", "f")),
    D(prim_file:make_dir("e")),
    D(prim_file:rename("a", "e")),
    D(prim_file:list_dir("e")),
    D(prim_file:rename("e", "nodir/e")),
    D(prim_file:del_dir("e/b")),
    D(prim_file:del_dir("e")),
    D(prim_file:delete("f")),
    D(prim_file:list_dir(".")),
    D(prim_file:delete("a\0")),
    D(prim_file:rename("a", foo)),
    ok.
