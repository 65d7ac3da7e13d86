%% A 100 MB object and ten million objects in tables of each kind of storage: stored, read
%% back, and deleted (tests/ets_memory_return.rs checks that their memory goes back).
-module(ets_huge).
-export([main/0]).

d(X) -> erlang:display(X).

%% Runs F in a fresh process, so that nothing it built stays on this process's heap.
isolated(F) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit({done, F()}) end),
    receive {'DOWN', Ref, process, Pid, {done, R}} -> R end.

main() ->
    big(),
    many().

%% One object of about 100 MB: a list of 6.5 million integers (16 bytes a cell).
big() ->
    T = ets:new(big, [set, public]),
    isolated(fun() -> ets:insert(T, {big, lists:seq(1, 6500000)}), ok end),
    d(isolated(fun() -> [{big, L}] = ets:lookup(T, big), {length(L), lists:last(L)} end)),
    d(ets:info(T, memory) > 13000000),
    d(ets:delete(T)).

many() ->
    [begin
         T = ets:new(many, [Type, public]),
         isolated(fun() -> fill(T, 1, 10000000) end),
         d({Type, ets:info(T, size), ets:lookup(T, 9999999), ets:member(T, 10000001)}),
         d(ets:delete(T))
     end || Type <- [set, ordered_set]],
    ok.

fill(_T, I, N) when I > N -> ok;
fill(T, I, N) -> ets:insert(T, {I}), fill(T, I + 1, N).
