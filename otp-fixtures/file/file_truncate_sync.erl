%% truncate at the position (shrinking and growing), sync, datasync, advise with each advice,
%% allocate, and their errors on a read-only handle.
%% tmpdir:
-module(file_truncate_sync).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    ok = prim_file:write_file("f", <<"0123456789">>),
    {ok, F} = prim_file:open("f", [read, write, binary]),
    {ok, 4} = prim_file:position(F, 4),
    erlang:display(prim_file:truncate(F)),
    erlang:display(prim_file:read_file("f")),
    {ok, 8} = prim_file:position(F, 8),
    erlang:display(prim_file:truncate(F)),
    erlang:display(prim_file:read_file("f")),
    erlang:display(prim_file:sync(F)),
    erlang:display(prim_file:datasync(F)),
    [erlang:display({A, t(fun() -> prim_file:advise(F, 0, 4, A) end)})
     || A <- [normal, random, sequential, will_need, dont_need, no_reuse, bogus]],
    erlang:display(t(fun() -> prim_file:advise(F, -1, 4, normal) end)),
    erlang:display(t(fun() -> prim_file:advise(F, 0, -4, normal) end)),
    erlang:display(prim_file:allocate(F, 0, 100)),
    erlang:display(prim_file:read_file_info("f", [{time, posix}]) =/= error),
    {ok, #{size := _}} = {ok, #{size => 1}},
    {ok, Info} = prim_file:read_handle_info(F, [{time, posix}]),
    erlang:display(element(2, Info)),
    erlang:display(t(fun() -> prim_file:allocate(F, -1, 100) end)),
    erlang:display(t(fun() -> prim_file:allocate(F, 0, 0) end)),
    erlang:display(prim_file:close(F)),
    {ok, R} = prim_file:open("f", [read]),
    erlang:display(prim_file:truncate(R)),
    erlang:display(prim_file:sync(R)),
    erlang:display(prim_file:allocate(R, 0, 1000)),
    erlang:display(prim_file:close(R)),
    ok.
