%% pread/pwrite at offsets inside, at and past the end (a hole reads as zeros), with lists of
%% {Offset, Bytes}, negative offsets; the file position is not moved by them.
%% tmpdir:
-module(file_pread_pwrite).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    ok = prim_file:write_file("f", <<"0123456789">>),
    {ok, F} = prim_file:open("f", [read, write, binary]),
    [erlang:display({O, N, t(fun() -> prim_file:pread(F, O, N) end)})
     || {O, N} <- [{0, 0}, {0, 3}, {7, 10}, {10, 1}, {11, 1}, {100, 5}, {-1, 2}, {3, -1}]],
    erlang:display(prim_file:pwrite(F, 2, <<"ab">>)),
    erlang:display(prim_file:pwrite(F, 12, "xy")),
    erlang:display(prim_file:pread(F, 0, 20)),
    erlang:display(prim_file:pwrite(F, [{0, "A"}, {5, <<"B">>}, {20, ["C", [$D]]}])),
    erlang:display(prim_file:pread(F, [{0, 2}, {5, 1}, {19, 5}, {50, 1}])),
    erlang:display(t(fun() -> prim_file:pwrite(F, -5, "z") end)),
    erlang:display(t(fun() -> prim_file:pwrite(F, [{-5, "z"}]) end)),
    erlang:display(prim_file:position(F, cur)),
    erlang:display(prim_file:read(F, 4)),
    erlang:display(prim_file:close(F)),
    erlang:display(prim_file:read_file("f")),
    {ok, R} = prim_file:open("f", [read]),
    erlang:display(prim_file:pwrite(R, 0, "q")),
    erlang:display(prim_file:pread(R, 0, 2)),
    erlang:display(prim_file:close(R)),
    ok.
