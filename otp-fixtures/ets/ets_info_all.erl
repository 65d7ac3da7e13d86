%% info/1 of every type (without identifiers) and info/2 of unknown items
-module(ets_info_all).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [begin
         T = ets:new(t, [Type, public, {keypos, 2}]),
         ets:insert(T, [{a, 1}, {b, 2}]),
         d([X || X = {K, _} <- ets:info(T), K =/= id, K =/= owner, K =/= node]),
         d(e(fun() -> ets:info(T, nothing) end)),
         d(e(fun() -> ets:info(T, "size") end)),
         d(ets:info(T, binary)),
         d(ets:info(T, safe_fixed))
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    d(ets:info(ets_info_all_none)),
    d(ets:info(ets_info_all_none, size)),
    d(e(fun() -> ets:info(ets_info_all_none, nothing) end)),
    d(e(fun() -> ets:info(1) end)),
    d(e(fun() -> ets:info(1, size) end)).
