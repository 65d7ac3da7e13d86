%% The erl side of bench/load.sh: reads every .beam file named in a list file into memory, then
%% times erlang:prepare_loading/2 on each file's bytes, inside erl, and prints the fastest of
%% ROUNDS passes as `files=N bytes=B errors=E seconds=S` (the format of `girder load-bench`).
-module(load_bench).
-export([main/1]).

main([ListFile, Rounds]) ->
    {ok, Text} = file:read_file(ListFile),
    Paths = binary:split(Text, <<"\n">>, [global, trim_all]),
    Files = [begin
                 {ok, Bin} = file:read_file(P),
                 Mod = binary_to_atom(filename:basename(P, <<".beam">>)),
                 {Mod, Bin}
             end || P <- Paths],
    Bytes = lists:sum([byte_size(B) || {_, B} <- Files]),
    Times = [timed_pass(Files) || _ <- lists:seq(1, list_to_integer(Rounds))],
    {Best, Errors} = lists:min(Times),
    io:format("files=~w bytes=~w errors=~w seconds=~.6f~n",
              [length(Files), Bytes, Errors, Best]).

timed_pass(Files) ->
    erlang:garbage_collect(),
    T0 = erlang:monotonic_time(),
    Errors = lists:foldl(fun({Mod, Bin}, N) ->
                                 case erlang:prepare_loading(Mod, Bin) of
                                     {error, _} -> N + 1;
                                     _Prepared -> N
                                 end
                         end, 0, Files),
    T1 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T1 - T0, native, microsecond) / 1.0e6, Errors}.
