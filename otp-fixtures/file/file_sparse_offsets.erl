%% Offsets past 4 GB in a sparse file: position, write, pread and pwrite there, the size in
%% read_file_info, truncate back down.
%% tmpdir:
-module(file_sparse_offsets).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    Far = 5 bsl 30,
    {ok, F} = prim_file:open("sparse", [read, write, binary]),
    D(prim_file:position(F, Far)),
    D(prim_file:write(F, <<"far away">>)),
    D(prim_file:pread(F, Far + 4, 10)),
    D(prim_file:pwrite(F, (1 bsl 32) + 1, <<"x">>)),
    D(prim_file:pread(F, 1 bsl 32, 3)),
    D(prim_file:position(F, eof)),
    {ok, Info} = prim_file:read_handle_info(F, [{time, posix}]),
    D(element(2, Info)),
    D(prim_file:position(F, {eof, -(Far + 8)})),
    D(prim_file:position(F, 1 bsl 32)),
    D(prim_file:truncate(F)),
    D(prim_file:position(F, eof)),
    D(prim_file:close(F)),
    ok.
