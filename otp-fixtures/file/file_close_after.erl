%% A handle used after close: every operation says {error, einval} (or badarg where erl says
%% so); closing twice. Many open/close cycles leak no descriptor.
%% tmpdir:
-module(file_close_after).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    ok = prim_file:write_file("f", <<"hello">>),
    {ok, F} = prim_file:open("f", [read, write, binary]),
    erlang:display(prim_file:close(F)),
    Ops = [fun() -> prim_file:close(F) end,
           fun() -> prim_file:read(F, 1) end,
           fun() -> prim_file:write(F, "x") end,
           fun() -> prim_file:pread(F, 0, 1) end,
           fun() -> prim_file:pwrite(F, 0, "x") end,
           fun() -> prim_file:position(F, 1) end,
           fun() -> prim_file:truncate(F) end,
           fun() -> prim_file:sync(F) end,
           fun() -> prim_file:datasync(F) end,
           fun() -> prim_file:advise(F, 0, 0, normal) end,
           fun() -> prim_file:allocate(F, 0, 10) end,
           fun() -> prim_file:read_line(F) end,
           fun() -> prim_file:read_handle_info(F) end],
    [erlang:display(t(Op)) || Op <- Ops],
    %% 3000 opens, each closed: more than the descriptor limit would allow if any leaked.
    Loop = fun L(0) -> ok;
               L(N) -> {ok, G} = prim_file:open("f", [read]), ok = prim_file:close(G), L(N - 1)
           end,
    erlang:display(Loop(3000)),
    %% Handles dropped without close are closed when collected.
    Drop = fun L(0) -> ok;
               L(N) -> {ok, _} = prim_file:open("f", [read]), L(N - 1)
           end,
    erlang:display(Drop(500)),
    ok.
