%% large (reference-counted) binaries in objects: shared, kept, and sub-binaries
-module(ets_binaries).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    Big = list_to_binary([I rem 256 || I <- lists:seq(1, 10000)]),
    <<_:100/binary, Sub:500/binary, _/binary>> = Big,
    ets:insert(T, [{big, Big}, {sub, Sub}, {both, Big, Sub, [Big]}]),
    [{big, B1}] = ets:lookup(T, big),
    [{sub, S1}] = ets:lookup(T, sub),
    d({byte_size(B1), B1 =:= Big, byte_size(S1), S1 =:= Sub, binary:first(S1), binary:last(S1)}),
    [{both, B2, S2, [B3]}] = ets:lookup(T, both),
    d({B2 =:= Big, S2 =:= Sub, B3 =:= Big}),
    ets:insert(T, {bitstr, <<1:3>>, <<255, 7:4>>}),
    d(ets:lookup(T, bitstr)),
    ets:insert(T, {Big, key_is_binary}),
    d(ets:member(T, Big)),
    d(ets:lookup_element(T, Big, 2)),
    ets:delete(T, big),
    erlang:garbage_collect(),
    d(ets:info(T, size)),
    d(erlang:md5(element(2, hd(ets:lookup(T, sub))))).
