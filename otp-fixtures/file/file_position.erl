%% position/2 with every location form: integers, bof/cur/eof, {bof|cur|eof, Offset},
%% positions past the end, negative results (einval), bad locations.
%% tmpdir:
-module(file_position).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    ok = prim_file:write_file("f", <<"0123456789">>),
    {ok, F} = prim_file:open("f", [read, write, binary]),
    Locs = [0, 5, bof, cur, eof, {bof, 3}, {cur, 2}, {cur, -1}, {eof, -2}, {eof, 5}, 100,
            {bof, -1}, {cur, -1000}, {eof, -11}, -1, {bof, 1.5}, foo, {foo, 1}, "1",
            {cur, 0}],
    [erlang:display({L, t(fun() -> prim_file:position(F, L) end),
                     t(fun() -> prim_file:read(F, 2) end)}) || L <- Locs],
    {ok, _} = prim_file:position(F, 20),
    erlang:display(prim_file:write(F, "E")),
    erlang:display(prim_file:read_file("f")),
    erlang:display(prim_file:close(F)),
    ok.
