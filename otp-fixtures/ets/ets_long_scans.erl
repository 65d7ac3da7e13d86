%% selects, tab2list and select_count over 100,000 objects (they yield part-way) while other processes work
-module(ets_long_scans).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    [begin
         T = ets:new(t, [Type, public]),
         ets:insert(T, [{I, I rem 7} || I <- lists:seq(1, 100000)]),
         Busy = spawn(fun() -> busy(T, 0, Self) end),
         L = ets:tab2list(T),
         S = ets:select(T, [{{'$1', 3}, [], ['$1']}]),
         C = ets:select_count(T, [{{'_', 0}, [], [true]}]),
         M = ets:match(T, {'$1', 6}),
         R = ets:select_reverse(T, [{{'$1', 1}, [{'<', '$1', 50}], ['$1']}]),
         Busy ! stop,
         receive {busy, _} -> ok end,
         d({Type, length(L), lists:sum([K || {K, _} <- L]), length(S), lists:sum(S), C, length(M),
            case Type of ordered_set -> R; _ -> lists:sort(R) end}),
         erlang:garbage_collect(),
         d(length(ets:tab2list(T)))
     end || Type <- [set, ordered_set, bag]].
busy(T, N, Parent) ->
    receive stop -> Parent ! {busy, N}
    after 0 -> ets:lookup(T, N rem 1000), busy(T, N + 1, Parent)
    end.
