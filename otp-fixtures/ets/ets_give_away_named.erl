%% give_away of a named table; the new owner deletes it
-module(ets_give_away_named).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    ets:new(ets_give_away_named, [named_table, public]),
    P = spawn(fun() ->
        receive {'ETS-TRANSFER', Name, _, D} ->
            Self ! {got, Name, D, ets:info(Name, owner) =:= self()},
            receive del -> Self ! {deleted, ets:delete(Name)} end
        end
    end),
    ets:give_away(ets_give_away_named, P, gift),
    receive {got, N, D, Own} -> d({N, D, Own}) end,
    d(e(fun() -> ets:give_away(ets_give_away_named, self(), back) end)),
    P ! del,
    receive {deleted, R} -> d(R) end,
    d(ets:info(ets_give_away_named)).
