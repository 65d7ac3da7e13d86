#!/usr/bin/env escript
%% Counts the generic instructions in the Code chunk of .beam files, as the reference for girder's
%% all-of-OTP disassembly test.
%%
%% Usage: escript beam_opcount.escript LISTFILE
%% LISTFILE holds one .beam path per line. For every file, prints one line:
%%   PATH<TAB>name:count,name:count,...
%% with names as beam_opcodes:opname/1 gives them. The Code chunk is read with beam_lib and
%% walked here: opcode byte, then as many compact-term operands as the opcode's arity, skipping
%% the payload of extended operands (lists, float registers, allocation lists, literals, typed
%% registers) without interpreting them. A file that cannot be read prints PATH<TAB>error:Reason.
-mode(compile).

main([ListFile]) ->
    {ok, Bin} = file:read_file(ListFile),
    Files = [binary_to_list(F) || F <- binary:split(Bin, <<"\n">>, [global, trim_all])],
    lists:foreach(fun count_file/1, Files);
main(_) ->
    io:format(standard_error, "usage: beam_opcount.escript LISTFILE~n", []),
    halt(2).

count_file(File) ->
    Line = case beam_lib:chunks(File, ["Code"]) of
               {ok, {_Mod, [{"Code", Code}]}} ->
                   <<HeaderSize:32, _:HeaderSize/binary, Instrs/binary>> = Code,
                   Counts = walk(Instrs, #{}),
                   lists:join(",", [[atom_to_list(Name), ":", integer_to_list(N)]
                                    || {Name, N} <- lists:sort(maps:to_list(Counts))]);
               {error, beam_lib, Reason} ->
                   io_lib:format("error:~w", [Reason])
           end,
    io:put_chars([File, $\t, Line, $\n]).

%% Walks instructions up to and including int_code_end.
walk(<<Op, Rest0/binary>>, Counts0) ->
    {Name, Arity} = beam_opcodes:opname(Op),
    Counts = maps:update_with(Name, fun(N) -> N + 1 end, 1, Counts0),
    case Name of
        int_code_end -> Counts;
        _ -> walk(skip_operands(Arity, Rest0), Counts)
    end.

skip_operands(0, Bin) -> Bin;
skip_operands(N, Bin0) ->
    {Extra, Bin} = skip_operand(Bin0),
    skip_operands(N - 1 + Extra, Bin).

%% Skips one operand. Returns how many further operands it brings along (the elements of an
%% extended list) and the rest of the code.
skip_operand(<<B, _/binary>> = Bin) when B band 7 =:= 7 ->
    {Kind, Rest} = read_value(Bin),
    skip_extended(Kind, Rest);
skip_operand(Bin) ->
    {_, Rest} = read_value(Bin),
    {0, Rest}.

skip_extended(0, <<_:8/binary, Rest/binary>>) -> {0, Rest};      % inline float
skip_extended(1, Bin) -> read_value(Bin);                       % list: length elements follow
skip_extended(2, Bin) -> {0, element(2, read_value(Bin))};      % float register
skip_extended(3, Bin) ->                                        % allocation list
    {N, Rest} = read_value(Bin),
    {0, skip_values(2 * N, Rest)};
skip_extended(4, Bin) -> {0, element(2, read_value(Bin))};      % literal index
skip_extended(5, Bin) -> {0, skip_values(2, Bin)}.              % typed register, type index

skip_values(0, Bin) -> Bin;
skip_values(N, Bin) -> skip_values(N - 1, element(2, read_value(Bin))).

%% Reads one compact-encoded value (any tag) and returns its numeric value.
read_value(<<V:4, 0:1, _:3, Rest/binary>>) -> {V, Rest};
read_value(<<Hi:3, 0:1, 1:1, _:3, Lo, Rest/binary>>) -> {(Hi bsl 8) bor Lo, Rest};
read_value(<<7:3, 1:1, 1:1, _:3, Rest0/binary>>) ->
    {Len, Rest1} = read_value(Rest0),
    Size = Len + 9,
    <<V:Size/unit:8, Rest/binary>> = Rest1,
    {V, Rest};
read_value(<<Len:3, 1:1, 1:1, _:3, Rest0/binary>>) ->
    Size = Len + 2,
    <<V:Size/unit:8, Rest/binary>> = Rest0,
    {V, Rest}.
