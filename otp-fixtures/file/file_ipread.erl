%% file:ipread_s32bu_p32bu/3 (prim_file's indirect read used by dets): a size and a pointer at
%% an offset, then the data they point to; eof and a size over the limit.
%% tmpdir:
-module(file_ipread).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    ok = prim_file:write_file("f", <<5:32, 16:32, 3:32, 0:32, "hello world!">>),
    {ok, F} = file:open("f", [raw, read, binary]),
    D(file:ipread_s32bu_p32bu(F, 0, 100)),
    D(file:ipread_s32bu_p32bu(F, 8, 100)),
    D(file:ipread_s32bu_p32bu(F, 0, 2)),
    D(file:ipread_s32bu_p32bu(F, 100, 10)),
    D(file:ipread_s32bu_p32bu(F, 24, 10)),
    D(file:ipread_s32bu_p32bu(F, 0, infinity)),
    D(file:close(F)),
    ok.
