%% public, protected and private tables used from another process
-module(ets_access_rights).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

try_ops(T) ->
    Self = self(),
    spawn(fun() ->
        R = [e(fun() -> ets:lookup(T, k) end), e(fun() -> ets:insert(T, {k2, v}) end),
             e(fun() -> ets:member(T, k) end), e(fun() -> ets:delete(T, k2) end),
             e(fun() -> lists:sort(ets:select(T, [{'_', [], [true]}])) end),
             e(fun() -> ets:update_counter(T, n, 1) end), e(fun() -> is_atom(ets:first(T)) end),
             e(fun() -> lists:sort(ets:match_object(T, '_')) end), e(fun() -> ets:info(T, size) end),
             e(fun() -> ets:take(T, zz) end), e(fun() -> ets:delete_all_objects(T) end),
             e(fun() -> ets:give_away(T, self(), x) end), e(fun() -> ets:setopts(T, {heir, none}) end),
             e(fun() -> is_reference(ets:rename(T, other_name)) end)],
        Self ! {done, R}
    end),
    receive {done, R} -> R end.
main() ->
    [begin
         T = ets:new(t, [P]),
         ets:insert(T, [{k, v}, {n, 0}]),
         d({P, try_ops(T)}),
         d(lists:sort(ets:tab2list(T)))
     end || P <- [public, protected, private]].
