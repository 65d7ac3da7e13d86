%% atomics and counters updated from many processes at once
-module(ets_atomics_concurrent).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    A = atomics:new(2, []),
    C = counters:new(2, [write_concurrency]),
    Self = self(),
    N = 50,
    [spawn(fun() ->
        [begin atomics:add(A, 1, 1), atomics:add_get(A, 2, 2), counters:add(C, 1, 1), counters:sub(C, 2, 1) end
         || _ <- lists:seq(1, 1000)],
        Self ! done
     end) || _ <- lists:seq(1, N)],
    [receive done -> ok end || _ <- lists:seq(1, N)],
    d({atomics:get(A, 1), atomics:get(A, 2), counters:get(C, 1), counters:get(C, 2)}),
    %% compare_exchange as a lock-free increment
    X = atomics:new(1, []),
    [spawn(fun() -> [cas_incr(X) || _ <- lists:seq(1, 500)], Self ! done end) || _ <- lists:seq(1, 20)],
    [receive done -> ok end || _ <- lists:seq(1, 20)],
    d(atomics:get(X, 1)).
cas_incr(X) ->
    V = atomics:get(X, 1),
    case atomics:compare_exchange(X, 1, V, V + 1) of
        ok -> ok;
        _ -> cas_incr(X)
    end.
