%% The NIF modules as programs see them: which stub functions are exported, that built-in
%% NIFs answer without on_load having been asked, is_builtin/3 for them, module_info of the
%% NIF modules (once they are loaded).
-module(nif_stubs).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    %% Use each module first (girder loads modules on first use; erl preloads these).
    _ = prim_buffer:new(), _ = prim_file:get_cwd(), zlib:close(zlib:open()),
    [D({M, F, A, erlang:function_exported(M, F, A), erlang:is_builtin(M, F, A)})
     || {M, F, A} <- [{prim_buffer, new, 0}, {prim_buffer, peek_head, 1},
                      {prim_file, read_file_nif, 1}, {prim_file, read_file, 1},
                      {zlib, deflate_nif, 4}, {zlib, open, 0},
                      {prim_file, internal_name2native, 1}]],
    D(lists:member({new, 0}, prim_buffer:module_info(exports))),
    D(lists:member({get_cwd_nif, 0}, prim_file:module_info(exports))),
    D(is_reference(zlib:open())),
    D(is_reference(prim_buffer:new())),
    {ok, Cwd} = prim_file:get_cwd(),
    D(is_list(Cwd)),
    ok.
