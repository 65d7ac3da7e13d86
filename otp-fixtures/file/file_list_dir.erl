%% list_dir/1 and list_dir_all/1: sorted names, hidden files, an empty directory, a file, a
%% missing directory, names that are not UTF-8 (skipped by list_dir, raw binaries in
%% list_dir_all), unicode names.
%% tmpdir:
-module(file_list_dir).
-export([main/0]).

main() ->
    ok = prim_file:make_dir("d"),
    ok = prim_file:make_dir("e"),
    [ok = prim_file:write_file(filename_join("d", N), <<>>) || N <- ["b", "a", ".hidden", "c c"]],
    ok = prim_file:write_file(<<"d/raw", 255, "name">>, <<>>),
    ok = prim_file:write_file("d/" ++ [16#e9, 16#65e5], <<>>),
    ok = prim_file:make_dir("d/sub"),
    {ok, L} = prim_file:list_dir("d"),
    erlang:display(lists:sort(L)),
    {ok, LA} = prim_file:list_dir_all("d"),
    erlang:display(lists:sort(LA)),
    erlang:display(prim_file:list_dir("e")),
    erlang:display(prim_file:list_dir("d/a")),
    erlang:display(prim_file:list_dir("missing")),
    erlang:display(prim_file:list_dir(<<"d">>) =:= {ok, L}),
    erlang:display(prim_file:list_dir("d\0")),
    erlang:display(prim_file:list_dir(d)),
    ok.

filename_join(D, N) -> D ++ "/" ++ N.
