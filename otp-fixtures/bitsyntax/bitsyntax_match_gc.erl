%% Garbage collection in the middle of heavy binary matching: many short-lived match contexts over
%% fresh heap binaries (which move when collected), sub-binaries kept alive across collections,
%% matches that fail part-way and take the rest with bs_get_tail, explicit collections between
%% the steps of a match, and processes with the smallest heap (and full sweeps every time), so
%% that the match instructions that allocate collect often.
-module(bitsyntax_match_gc).
-export([main/0, id/1]).

id(X) -> X.

%% Fresh heap binaries of 1 to 60 bytes (not literals: built at run time).
fresh(N) -> list_to_binary([(N * 7 + I) band 255 || I <- lists:seq(1, N rem 60 + 1)]).

%% A new match context per binary; the sub-binaries taken out are all kept.
split_all([], Acc) -> lists:reverse(Acc);
split_all([B | Bs], Acc) ->
    case B of
        <<H:8, Mid:2/binary, Rest/binary>> -> split_all(Bs, [{H, Mid, Rest} | Acc]);
        <<Short/binary>> -> split_all(Bs, [{short, Short} | Acc])
    end.

%% Chunks of three bytes: one sub-binary per step, the context reused along the way.
chunks(<<C:3/binary, Rest/binary>>, Acc) -> chunks(Rest, [C | Acc]);
chunks(Rest, Acc) -> {lists:reverse(Acc), Rest}.

%% Clauses that fail after matching part of the binary, so the next one starts from the saved
%% position or from the tail.
classify(<<X:8, Y:8, _/binary>> = B) when X > Y -> {down, X - Y, byte_size(B)};
classify(<<X:8, Y:8, R/binary>>) when X =:= Y -> {same, R};
classify(<<X:4, R/bits>>) -> {nibble, X, R};
classify(<<>>) -> empty.

%% Collections between the steps of one match: the context, the original binary and the
%% sub-binaries taken so far must survive being moved.
step_gc(<<Len:8, Body:Len/binary, Tail/binary>>) ->
    erlang:garbage_collect(),
    Big = lists:seq(1, 50),
    erlang:garbage_collect(),
    {Len, Body, Tail, length(Big)};
step_gc(Other) ->
    {other, Other}.

%% Length-prefixed records parsed into a list of sub-binaries, with a tuple allocated per record.
records(<<Len:16, Id:32, Data:Len/binary, Rest/binary>>, Acc) ->
    records(Rest, [{Id, Data} | Acc]);
records(<<>>, Acc) -> lists:reverse(Acc);
records(Bad, Acc) -> {bad, byte_size(Bad), length(Acc)}.

gen_records(0, Acc) -> Acc;
gen_records(N, Acc) ->
    Len = N rem 23,
    gen_records(N - 1, <<Acc/binary, Len:16, N:32, (binary:copy(<<N:8>>, Len))/binary>>).

%% Many binary-comprehension contexts, results kept.
pairs(B) -> [{X, Y} || <<X:8, Y:8>> <= B].

digest(T) -> erlang:phash2(T).

work() ->
    Bins = [fresh(N) || N <- lists:seq(1, 20000)],
    Split = split_all(Bins, []),
    erlang:garbage_collect(),
    Chunks = [chunks(B, []) || B <- Bins],
    Classes = [classify(B) || B <- Bins] ++ [classify(<<>>), classify(<<5, 5, 1, 2>>)],
    Steps = [step_gc(B) || B <- lists:sublist(Bins, 200)],
    Buf = gen_records(id(30000), <<>>),
    Recs = records(Buf, []),
    Pairs = [pairs(B) || B <- lists:sublist(Bins, 3000)],
    %% Everything kept alive until here, then checked.
    {length(Split), digest(Split),
     length(Chunks), digest(Chunks),
     length(Classes), digest(Classes),
     digest(Steps), hd(Steps),
     length(Recs), digest(Recs), lists:nth(1000, Recs),
     digest(Pairs)}.

run(Opts) ->
    Parent = self(),
    Pid = spawn_opt(fun() -> Parent ! {self(), work()} end, Opts),
    receive {Pid, R} -> R end.

main() ->
    Small = run([{min_heap_size, 1}]),
    Sweep = run([{min_heap_size, 1}, {fullsweep_after, 0}]),
    Normal = run([]),
    erlang:display(Small),
    erlang:display(Small =:= Sweep andalso Sweep =:= Normal).
