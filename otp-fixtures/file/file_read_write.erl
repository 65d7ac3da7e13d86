%% prim_file read/write/close: sizes 0, 1 and large, reading past the end (eof), writing
%% iolists (deep lists, binaries, sub-binaries), reads after writes on one handle.
%% tmpdir:
-module(file_read_write).
-export([main/0]).

main() ->
    {ok, W} = prim_file:open("f", [write, binary]),
    erlang:display(prim_file:write(W, <<>>)),
    erlang:display(prim_file:write(W, "abc")),
    erlang:display(prim_file:write(W, [$d, [<<"ef">>, [[]], "g"], <<>>])),
    Big = binary:copy(<<"0123456789abcdef">>, 4096),
    <<_:3/binary, Sub:100/binary, _/binary>> = Big,
    erlang:display(prim_file:write(W, Sub)),
    erlang:display(prim_file:write(W, Big)),
    erlang:display(prim_file:write(W, [1, 2, 300])),
    erlang:display(prim_file:write(W, foo)),
    erlang:display(prim_file:read(W, 1)),
    erlang:display(prim_file:close(W)),
    {ok, R} = prim_file:open("f", [read, binary]),
    erlang:display(prim_file:read(R, 0)),
    erlang:display(prim_file:read(R, 1)),
    erlang:display(prim_file:read(R, 6)),
    {ok, B} = prim_file:read(R, 100),
    erlang:display(B =:= Sub),
    {ok, C} = prim_file:read(R, 1 bsl 20),
    erlang:display({byte_size(C), C =:= Big}),
    erlang:display(prim_file:read(R, 1)),
    erlang:display(prim_file:read(R, 0)),
    erlang:display(prim_file:write(R, "x")),
    erlang:display(catch prim_file:read(R, -1)),
    erlang:display(prim_file:close(R)),
    {ok, RW} = prim_file:open("f", [read, write, binary]),
    erlang:display(prim_file:read(RW, 3)),
    erlang:display(prim_file:write(RW, "XYZ")),
    erlang:display(prim_file:position(RW, bof)),
    erlang:display(prim_file:read(RW, 8)),
    erlang:display(prim_file:close(RW)),
    ok.
