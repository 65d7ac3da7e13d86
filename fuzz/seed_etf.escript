#!/usr/bin/env escript
%% Writes seed inputs for the external term format fuzz targets: term_to_binary/1,2 of terms of
%% every kind erl encodes, one file per encoding, into the directory given as the argument.
main([Dir]) ->
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    Terms = [0, 255, 256, -1, 1 bsl 27, -(1 bsl 27), 1 bsl 64, -(1 bsl 200), 1 bsl 2100,
             1.5, -0.0, 1.0e300, 2.2250738585072014e-308,
             a, '', 'ünïcödé', 'ατομο', list_to_atom(lists:duplicate(255, $x)),
             [], [1, 2, 3], "string", [a | b], [[[]]], lists:seq(1, 300),
             {}, {a, b}, list_to_tuple(lists:seq(1, 300)),
             <<>>, <<1, 2, 3>>, <<1:1>>, <<255, 7:3>>, binary:copy(<<"abc">>, 100),
             #{}, #{a => 1, b => [2]}, maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
             #{#{k => v} => {1.0, <<"v">>}},
             fun lists:map/2, fun erlang:self/0,
             {[a, "b", <<"c">>], #{1 => {2, [3.0]}}, -12345678901234567890}],
    Options = [[], [compressed], [{minor_version, 0}], [{minor_version, 2}], [deterministic]],
    lists:foreach(
      fun({I, T}) ->
              lists:foreach(
                fun({J, O}) ->
                        Name = io_lib:format("t~3..0B_o~B", [I, J]),
                        ok = file:write_file(filename:join(Dir, Name), term_to_binary(T, O))
                end, lists:zip(lists:seq(1, length(Options)), Options))
      end, lists:zip(lists:seq(1, length(Terms)), Terms)).
