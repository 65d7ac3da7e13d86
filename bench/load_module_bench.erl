%% The erl side of bench/load_module.sh. `filter List Out` writes to Out the .beam files of List
%% whose module this (fresh) erl has not loaded, so that loading, deleting and purging them
%% disturbs nothing. `main List Rounds` reads those files into memory and times, for each,
%% erlang:load_module/2, erlang:delete_module/1 and erlang:purge_module/1; it prints the fastest
%% of Rounds passes as `files=N bytes=B errors=E seconds=S` (the format of `girder load-bench`).
-module(load_module_bench).
-export([filter/1, main/1]).

paths(ListFile) ->
    {ok, Text} = file:read_file(ListFile),
    binary:split(Text, <<"\n">>, [global, trim_all]).

module_of(Path) -> binary_to_atom(filename:basename(Path, <<".beam">>)).

filter([ListFile, Out]) ->
    Keep = [P || P <- paths(ListFile), not erlang:module_loaded(module_of(P))],
    ok = file:write_file(Out, [[P, $\n] || P <- Keep]).

main([ListFile, Rounds]) ->
    Files = [begin {ok, Bin} = file:read_file(P), {module_of(P), Bin} end
             || P <- paths(ListFile)],
    Bytes = lists:sum([byte_size(B) || {_, B} <- Files]),
    Times = [timed_pass(Files) || _ <- lists:seq(1, list_to_integer(Rounds))],
    {Best, Errors} = lists:min(Times),
    io:format("files=~w bytes=~w errors=~w seconds=~.6f~n",
              [length(Files), Bytes, Errors, Best]).

timed_pass(Files) ->
    erlang:garbage_collect(),
    T0 = erlang:monotonic_time(),
    Errors = lists:foldl(fun({Mod, Bin}, N) ->
                                 case erlang:load_module(Mod, Bin) of
                                     {module, Mod} ->
                                         true = erlang:delete_module(Mod),
                                         true = erlang:purge_module(Mod),
                                         N;
                                     _ ->
                                         N + 1
                                 end
                         end, 0, Files),
    T1 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T1 - T0, native, microsecond) / 1.0e6, Errors}.
