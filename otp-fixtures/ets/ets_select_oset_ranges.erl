%% range selects on an ordered_set with numeric and tuple keys
-module(ets_select_oset_ranges).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{{I div 10, I rem 10}, I} || I <- lists:seq(0, 99)]),
    d(ets:select(T, [{{{'$1', '$2'}, '$3'}, [{'==', '$1', 3}], ['$3']}])),
    d(ets:select(T, [{{{5, '_'}, '$1'}, [], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [{'>', '$1', {{8, 5}}}], ['$2']}])),
    d(ets:select_reverse(T, [{{'$1', '$2'}, [{'<', '$1', {{0, 5}}}], ['$2']}])),
    d(ets:select_count(T, [{{{'$1', '_'}, '_'}, [{'>=', '$1', 7}], [true]}])),
    d(ets:select_delete(T, [{{{'$1', '_'}, '_'}, [{'<', '$1', 9}], [true]}])),
    d(ets:tab2list(T)).
