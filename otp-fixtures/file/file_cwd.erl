%% get_cwd/0,1 and set_cwd/1: relative moves into a subdirectory and back, missing
%% directories, files, and drive-letter forms erl answers on Unix.
%% tmpdir:
-module(file_cwd).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    {ok, Start} = prim_file:get_cwd(),
    ok = prim_file:make_dir("sub"),
    ok = prim_file:write_file("sub/f", <<"in sub">>),
    D(prim_file:set_cwd("sub")),
    {ok, Sub} = prim_file:get_cwd(),
    D(Sub =:= Start ++ "/sub"),
    D(prim_file:read_file("f")),
    D(prim_file:set_cwd("..")),
    D(prim_file:get_cwd() =:= {ok, Start}),
    D(prim_file:set_cwd("missing")),
    D(prim_file:set_cwd("sub/f")),
    D(prim_file:set_cwd(<<"sub">>)),
    D(prim_file:set_cwd(<<"..">>)),
    D(prim_file:set_cwd(<<"sub", 255>>)),
    D(prim_file:set_cwd("a\0b")),
    D(prim_file:set_cwd(sub)),
    D(prim_file:get_cwd("c:")),
    D(prim_file:get_cwd("C:")),
    D(prim_file:get_cwd("x")),
    D(prim_file:get_cwd(x)),
    D(prim_file:altname("sub")),
    D(prim_file:get_cwd() =:= {ok, Start}),
    ok.
