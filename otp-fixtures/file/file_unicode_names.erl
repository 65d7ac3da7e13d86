%% Names beyond ASCII: unicode character lists and UTF-8 binaries, names that are not UTF-8,
%% created, read, listed, renamed and deleted; how each form comes back.
%% tmpdir:
-module(file_unicode_names).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    Names = [[16#e9, $t, 16#e9], [16#65e5, 16#672c], [16#1F600], <<"caf", 16#c3, 16#a9>>,
             <<"raw", 200>>, [$a, 16#300, $b]],
    [D({N, prim_file:write_file(N, term_to_binary(N))}) || N <- Names],
    [D({N, prim_file:read_file(N) =:= {ok, term_to_binary(N)}}) || N <- Names],
    {ok, L} = prim_file:list_dir("."),
    D(lists:sort(L)),
    {ok, LA} = prim_file:list_dir_all("."),
    D(lists:sort(LA)),
    D(prim_file:rename([16#65e5, 16#672c], <<"renamed ", 16#e6, 16#97, 16#a5>>)),
    D(prim_file:read_file_info([$r, $e, $n, $a, $m, $e, $d, $\s, 16#65e5]) =/= {error, enoent}),
    [D({N, prim_file:delete(N)}) || N <- Names],
    {ok, Left} = prim_file:list_dir_all("."),
    D(Left),
    ok.
