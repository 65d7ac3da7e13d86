%% make_link/2, make_symlink/2, read_link/1, read_link_all/1: links to files and
%% directories, dangling links, a symlink loop (eloop when followed), existing names, read_link
%% of a non-link (einval).
%% tmpdir:
-module(file_links).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    ok = prim_file:write_file("f", <<"data">>),
    D(prim_file:make_link("f", "hard")),
    D(prim_file:read_file("hard")),
    D(prim_file:make_link("f", "hard")),
    D(prim_file:make_link("missing", "h2")),
    D(prim_file:make_symlink("f", "soft")),
    D(prim_file:read_file("soft")),
    D(prim_file:read_link("soft")),
    D(prim_file:read_link_all("soft")),
    D(prim_file:read_link("f")),
    D(prim_file:read_link("missing")),
    D(prim_file:make_symlink("f", "soft")),
    D(prim_file:make_symlink("loop1", "loop2")),
    D(prim_file:make_symlink("loop2", "loop1")),
    D(prim_file:read_file("loop1")),
    D(prim_file:open("loop1", [read])),
    D(prim_file:read_link("loop1")),
    D(element(1, prim_file:read_link_info("loop1"))),
    D(prim_file:read_file_info("loop1")),
    D(prim_file:make_symlink("../../nowhere", "dangling")),
    D(prim_file:read_link("dangling")),
    D(prim_file:read_file("dangling")),
    ok = prim_file:make_dir("dir"),
    D(prim_file:make_symlink("dir", "dlink")),
    D(prim_file:write_file("dlink/inside", <<"x">>)),
    D(prim_file:list_dir("dlink")),
    D(prim_file:make_link("dir", "dirhard")),
    D(prim_file:make_symlink(<<"f", 255>>, "odd")),
    D(prim_file:read_link("odd")),
    D(prim_file:read_link_all("odd")),
    D(prim_file:delete("soft")),
    D(prim_file:read_file("f")),
    ok.
