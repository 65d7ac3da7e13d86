%% erlang:load_nif/2 outside a built-in module: erl's load_failed error naming the missing
%% shared library, badarg for non-string paths; built-in NIF modules work without being
%% asked to load (prim_buffer's exported NIFs, prim_file's and zlib's local ones).
-module(nif_load_nif).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    D = fun(X) -> erlang:display(X) end,
    [D({P, t(fun() -> erlang:load_nif(P, 0) end)})
     || P <- ["/nonexistent/lib", "prim_file", "zlib", <<"bin_path">>, foo, 42, "rel/dir/x"]],
    B = prim_buffer:new(),
    D(prim_buffer:size(B)),
    D(t(fun() -> prim_buffer:write(B, [<<"x">>, "not a binary"]) end)),
    D(prim_buffer:write(B, erlang:iolist_to_iovec([<<"hello ">>, "world", [$\n, <<"more">>]]))),
    D(prim_buffer:size(B)),
    D(prim_buffer:find_byte_index(B, $\n)),
    D(prim_buffer:find_byte_index(B, $z)),
    D(prim_buffer:read(B, 3)),
    D(prim_buffer:skip(B, 2)),
    D(prim_buffer:read_iovec(B, 4)),
    D(prim_buffer:try_lock(B)),
    D(prim_buffer:try_lock(B)),
    D(prim_buffer:unlock(B)),
    D(t(fun() -> prim_buffer:unlock(B) end)),
    D(prim_buffer:read(B, prim_buffer:size(B))),
    D(t(fun() -> prim_buffer:read(B, 1) end)),
    D(t(fun() -> prim_buffer:skip(B, 1) end)),
    D(t(fun() -> prim_buffer:size(make_ref()) end)),
    D(t(fun() -> prim_buffer:write(B, [foo]) end)),
    D(t(fun() -> prim_buffer:write(B, <<"not a list">>) end)),
    Big = binary:copy(<<"0123456789">>, 1000),
    ok = prim_buffer:write(B, [Big]),
    D(iolist_to_binary(prim_buffer:read_iovec(B, 9000)) =:= binary:part(Big, 0, 9000)),
    D(prim_buffer:wipe(B)),
    D(prim_buffer:size(B)),
    D(erlang:iolist_to_iovec([<<"a">>, "bc", [[]]]) =/= []),
    D(erlang:iolist_to_iovec([])),
    D(t(fun() -> erlang:iolist_to_iovec(foo) end)),
    ok.
