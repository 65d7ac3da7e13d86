%% objects from literals and from the heap, the inserting process gone
-module(ets_literal_objects).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

-define(BIG, {k, [1, 2, 3], {nested, <<"literal binary">>}, #{a => 1}, "text", 3.14}).
main() ->
    T = ets:new(t, [public]),
    ets:insert(T, ?BIG),
    Self = self(),
    P = spawn(fun() ->
        Heap = {h, lists:seq(1, 100), list_to_binary(lists:duplicate(200, $x)), erlang:make_tuple(20, y)},
        ets:insert(T, Heap),
        Self ! done
    end),
    receive done -> ok end,
    M = monitor(process, P),
    receive {'DOWN', M, _, _, _} -> ok end,
    erlang:garbage_collect(),
    [{h, L, B, Tu}] = ets:lookup(T, h),
    d({length(L), lists:sum(L), byte_size(B), tuple_size(Tu)}),
    d(ets:lookup(T, k) =:= [?BIG]),
    [Obj] = ets:lookup(T, k),
    d(Obj),
    d(ets:lookup(T, k) =:= ets:lookup(T, k)).
