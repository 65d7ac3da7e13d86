%% The memory of a 100 MB ETS object and of ten million objects (a set and an ordered set)
%% goes back to the system when their tables are deleted: the resident set falls back to
%% near where it was before. Prints one line per check.
-module(ets_memory_return).
-export([main/0]).

d(X) -> erlang:display(X).

%% Resident set size in bytes (Linux).
rss() ->
    {ok, Statm} = file:read_file("/proc/self/statm"),
    [_, Pages | _] = binary:split(Statm, <<" ">>, [global]),
    binary_to_integer(Pages) * 4096.

mb(Bytes) -> Bytes div (1024 * 1024).

%% Runs F in a fresh process, so that nothing it built stays on this process's heap.
isolated(F) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit({done, F()}) end),
    receive {'DOWN', Ref, process, Pid, {done, R}} -> R end.

main() ->
    Before = rss(),
    T = ets:new(big, [set, public]),
    isolated(fun() -> ets:insert(T, {big, lists:seq(1, 6500000)}), ok end),
    d({big_object_stored, mb(rss() - Before) >= 100}),
    ets:delete(T),
    d({big_object_returned, mb(rss() - Before)}),
    [begin
         M = ets:new(many, [Type, public]),
         isolated(fun() -> fill(M, 1, 10000000) end),
         d({Type, stored, mb(rss() - Before) >= 300}),
         ets:delete(M),
         d({Type, returned, mb(rss() - Before)})
     end || Type <- [set, ordered_set]],
    ok.

fill(_T, I, N) when I > N -> ok;
fill(T, I, N) -> ets:insert(T, {I}), fill(T, I + 1, N).
