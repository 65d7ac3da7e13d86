%% update_counter on a public table from many processes is atomic
-module(ets_counter_table).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [public, {write_concurrency, true}]),
    O = ets:new(o, [public, ordered_set]),
    Self = self(),
    N = 40,
    [spawn(fun() ->
        [begin
             ets:update_counter(T, I rem 5, {2, 1}, {I rem 5, 0}),
             ets:update_counter(O, I rem 3, [{2, 1}, {3, -1}], {I rem 3, 0, 0})
         end || I <- lists:seq(1, 300)],
        Self ! done
     end) || _ <- lists:seq(1, N)],
    [receive done -> ok end || _ <- lists:seq(1, N)],
    d(lists:sort(ets:tab2list(T))),
    d(ets:tab2list(O)),
    %% insert_new as a lock: exactly one winner per key
    W = ets:new(w, [public]),
    [spawn(fun() -> Self ! {won, ets:insert_new(W, {lock, P})} end) || P <- lists:seq(1, 30)],
    Wins = [receive {won, B} -> B end || _ <- lists:seq(1, 30)],
    d(length([x || true <- Wins])).
