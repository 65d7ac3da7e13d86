%% long selects reached through apply/3, an export fun and a local fun yield and finish correctly
-module(ets_long_scans_apply).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [set, public]),
    ets:insert(T, [{I, I rem 5} || I <- lists:seq(1, 60000)]),
    MS = [{{'$1', 2}, [], ['$1']}],
    A = apply(ets, select, [T, MS]),
    F = fun ets:select/2,
    B = F(T, MS),
    G = fun(X) -> ets:select_count(T, X) end,
    C = G([{{'_', 2}, [], [true]}]),
    M = erlang:apply(fun ets:tab2list/1, [T]),
    Self = self(),
    Ps = [spawn(fun() -> Self ! {self(), length(ets:match_object(T, {'_', N}))} end) || N <- lists:seq(0, 4)],
    Counts = [receive {P, L} -> L end || P <- Ps],
    d({length(A), lists:sum(A), lists:sort(A) =:= lists:sort(B), C, length(M), Counts}),
    d(catch ets:select(T, [{{'$1', '_'}, [{'>', '$1', 59990}], [{'div', '$1', 0}]}])).
