%% A directory tree 60 levels deep: built with relative names, listed, walked with
%% read_file_info, and removed from the bottom up; a name longer than PATH_MAX.
%% tmpdir:
-module(file_deep_tree).
-export([main/0]).

main() ->
    Dirs = lists:foldl(fun(I, [Parent | _] = Acc) ->
                               [Parent ++ "/d" ++ integer_to_list(I) | Acc]
                       end, ["top"], lists:seq(1, 60)),
    [ok = prim_file:make_dir(Dir) || Dir <- lists:reverse(Dirs)],
    Deepest = hd(Dirs),
    erlang:display(length(Deepest)),
    erlang:display(prim_file:write_file(Deepest ++ "/leaf", <<"bottom">>)),
    erlang:display(prim_file:read_file(Deepest ++ "/leaf")),
    erlang:display(lists:usort([element(1, prim_file:list_dir(Dir)) || Dir <- Dirs])),
    erlang:display(lists:usort([element(3, element(2, prim_file:read_file_info(Dir))) || Dir <- Dirs])),
    erlang:display(prim_file:del_dir("top")),
    erlang:display(prim_file:delete(Deepest ++ "/leaf")),
    erlang:display(lists:usort([prim_file:del_dir(Dir) || Dir <- Dirs])),
    erlang:display(prim_file:list_dir(".")),
    Long = lists:flatten(lists:duplicate(500, "abcdefghi/")),
    erlang:display(prim_file:read_file_info(Long)),
    erlang:display(prim_file:make_dir(Long)),
    ok.
