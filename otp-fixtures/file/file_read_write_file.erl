%% read_file/1 and write_file/2: empty files, binary and iolist contents, directories,
%% missing parents, bad contents and names, a 2 MB round trip.
%% tmpdir:
-module(file_read_write_file).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(prim_file:write_file("e", <<>>)),
    erlang:display(prim_file:read_file("e")),
    erlang:display(prim_file:write_file("a", ["ab", [<<"cd">>, $e], []])),
    erlang:display(prim_file:read_file("a")),
    erlang:display(t(fun() -> prim_file:write_file("c", [1, foo]) end)),
    erlang:display(prim_file:read_file("c")),
    erlang:display(prim_file:write_file("nodir/f", <<"x">>)),
    erlang:display(prim_file:read_file("nodir/f")),
    erlang:display(prim_file:read_file(".")),
    erlang:display(prim_file:write_file(".", <<"x">>)),
    erlang:display(prim_file:read_file("a/b")),
    erlang:display(prim_file:read_file(<<"a">>)),
    erlang:display(prim_file:read_file(["a"])),
    erlang:display(prim_file:read_file('a')),
    erlang:display(prim_file:read_file("a\0")),
    Big = binary:copy(<<1, 2, 3, 4, 5, 6, 7>>, 300000),
    erlang:display(prim_file:write_file("big", Big)),
    {ok, Back} = prim_file:read_file("big"),
    erlang:display({byte_size(Back), Back =:= Big}),
    ok.
