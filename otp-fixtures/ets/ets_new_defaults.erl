%% ets:new/2 with no options: every info item but id, owner and node
-module(ets_new_defaults).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(tab, []),
    d([ets:info(T, I) || I <- [name, named_table, type, keypos, protection, size, memory, heir, compressed, read_concurrency, write_concurrency, decentralized_counters, fixed]]),
    d(ets:info(T, owner) =:= self()),
    d(ets:info(T, node) =:= node()),
    d(is_reference(T)),
    d(ets:info(T, id) =:= T),
    d(length(ets:info(T))),
    d([K || {K, _} <- ets:info(T)]).
