%% tab2list, foldl and foldr on every type
-module(ets_tab2list_fold).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [begin
         T = ets:new(t, [Type]),
         ets:insert(T, [{I, I * I} || I <- lists:seq(1, 50)]),
         ets:insert(T, {3, extra}),
         d({Type, length(ets:tab2list(T)), lists:sort(ets:tab2list(T)) =:= lists:sort(ets:foldl(fun(O, A) -> [O | A] end, [], T))}),
         d(ets:foldl(fun({_, V}, A) when is_integer(V) -> A + V; (_, A) -> A end, 0, T)),
         d(ets:foldr(fun(_, A) -> A + 1 end, 0, T)),
         d(e(fun() -> ets:foldl(fun(_, _) -> error(inner) end, 0, T) end) =/= ok)
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, x} || I <- [5, 3, 9, 1]]),
    d(ets:tab2list(O)),
    d(ets:foldl(fun({K, _}, A) -> [K | A] end, [], O)),
    d(ets:foldr(fun({K, _}, A) -> [K | A] end, [], O)).
