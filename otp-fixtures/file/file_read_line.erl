%% read_line/1 with and without read_ahead, reads mixed with read_line, a last line without
%% newline, CRLF lines, long lines over the read-ahead size.
%% tmpdir:
-module(file_read_line).
-export([main/0]).

main() ->
    Long = binary:copy(<<"x">>, 70000),
    ok = prim_file:write_file("f", [<<"one\ntwo\r\n\nfour">>, <<"\n">>, Long, <<"\nlast">>]),
    Lines = fun(Modes) ->
                    {ok, F} = prim_file:open("f", Modes),
                    L = fun Loop(Acc) ->
                                case prim_file:read_line(F) of
                                    {ok, Line} when byte_size(Line) > 100 ->
                                        Loop([{long, byte_size(Line)} | Acc]);
                                    {ok, Line} -> Loop([Line | Acc]);
                                    Other -> lists:reverse([Other | Acc])
                                end
                        end([]),
                    ok = prim_file:close(F),
                    L
            end,
    erlang:display(Lines([read, binary])),
    erlang:display(Lines([read, binary, read_ahead])),
    erlang:display(Lines([read, binary, {read_ahead, 5}])),
    {ok, G} = prim_file:open("f", [read, binary, {read_ahead, 8}]),
    erlang:display(prim_file:read(G, 2)),
    erlang:display(prim_file:read_line(G)),
    erlang:display(prim_file:read(G, 5)),
    erlang:display(prim_file:position(G, cur)),
    erlang:display(prim_file:read_line(G)),
    erlang:display(prim_file:position(G, {bof, 1})),
    erlang:display(prim_file:read(G, 3)),
    erlang:display(prim_file:close(G)),
    ok.
