#!/usr/bin/env escript
%% Prints every literal of .beam files with io_lib:format("~w"), one per line, as the reference
%% for girder's term printer and external term format decoder.
%%
%% Usage: escript beam_literals.escript LISTFILE
%% LISTFILE holds one .beam path per line. For each file, prints a line `file PATH`, then each
%% entry of its LitT chunk (inflated with zlib, decoded with binary_to_term/1) in ~w syntax.
%% Output is Latin-1 (characters above 255 are escaped by ~w).
-mode(compile).

main([ListFile]) ->
    {ok, Bin} = file:read_file(ListFile),
    Files = [binary_to_list(F) || F <- binary:split(Bin, <<"\n">>, [global, trim_all])],
    lists:foreach(fun print_file/1, Files).

print_file(File) ->
    io:put_chars(["file ", File, $\n]),
    case beam_lib:chunks(File, ["LitT"], [allow_missing_chunks]) of
        {ok, {_, [{"LitT", missing_chunk}]}} ->
            ok;
        {ok, {_, [{"LitT", <<0:32, Table/binary>>}]}} ->
            print_table(Table);
        {ok, {_, [{"LitT", <<_:32, Compressed/binary>>}]}} ->
            print_table(zlib:uncompress(Compressed))
    end.

print_table(<<Count:32, Entries/binary>>) ->
    print_entries(Count, Entries).

print_entries(0, _) ->
    ok;
print_entries(N, <<Size:32, Ext:Size/binary, Rest/binary>>) ->
    io:put_chars([io_lib:format("~w", [binary_to_term(Ext)]), $\n]),
    print_entries(N - 1, Rest).
