%% The file module over raw handles (no file server involved): open with raw and
%% binary/read_ahead/delayed_write, read, read_line, write, position, pread/pwrite, truncate,
%% sync, close, and file:read_file_info/2 with raw.
%% tmpdir:
-module(file_raw_handles).
-export([main/0]).

main() ->
    D = fun(X) -> erlang:display(X) end,
    {ok, W} = file:open("f", [raw, binary, write]),
    D(file:write(W, ["line one\n", <<"line two\n">>, "line three"])),
    D(file:position(W, {cur, -5})),
    D(file:write(W, <<"THREE">>)),
    D(file:close(W)),
    {ok, R} = file:open("f", [raw, binary, read, read_ahead]),
    D(file:read_line(R)),
    D(file:read(R, 4)),
    D(file:read_line(R)),
    D(file:read_line(R)),
    D(file:read_line(R)),
    D(file:pread(R, 5, 3)),
    D(file:position(R, bof)),
    D(file:read(R, 100)),
    D(file:close(R)),
    {ok, DW} = file:open("g", [raw, binary, write, {delayed_write, 100, 10000}]),
    [ok = file:write(DW, integer_to_list(I)) || I <- lists:seq(1, 50)],
    D(file:close(DW)),
    {ok, G} = file:open("g", [raw, binary, read]),
    D(file:read(G, 1000)),
    D(file:close(G)),
    {ok, RW} = file:open("f", [raw, read, write]),
    D(file:pwrite(RW, 0, "LINE")),
    D(file:pread(RW, 0, 9)),
    D(file:position(RW, 4)),
    D(file:truncate(RW)),
    D(file:sync(RW)),
    D(file:datasync(RW)),
    D(file:read(RW, 10)),
    D(file:close(RW)),
    {ok, Info} = file:read_file_info("f", [raw]),
    D({element(2, Info), element(3, Info)}),
    D(file:open("missing", [raw, read])),
    ok.
