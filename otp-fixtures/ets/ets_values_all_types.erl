%% objects holding every kind of term come back exactly
-module(ets_values_all_types).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [set]),
    Pid = self(), Ref = make_ref(), Fun = fun(X) -> X + 1 end, Ext = fun lists:sum/1,
    Vals = [0, -1, 1 bsl 64, -(1 bsl 100), 1.5, -0.0, atom, '', "", "str", [1 | 2], <<>>, <<"bin">>,
            <<1:1>>, list_to_binary(lists:duplicate(300, $a)), {}, {{}}, #{}, #{a => #{b => c}},
            maps:from_list([{I, I} || I <- lists:seq(1, 50)]), Pid, Ref, Fun, Ext, [[[[]]]]],
    [ets:insert(T, {I, V}) || {I, V} <- lists:zip(lists:seq(1, length(Vals)), Vals)],
    Back = [ets:lookup_element(T, I, 2) || I <- lists:seq(1, length(Vals))],
    d(Back =:= Vals),
    d([X || X <- Back, not is_pid(X), not is_reference(X), not is_function(X)]),
    F2 = ets:lookup_element(T, 23, 2),
    d(F2(41)),
    d((ets:lookup_element(T, 24, 2))([1, 2, 3])),
    d(ets:lookup_element(T, 21, 2) =:= self()),
    d(ets:lookup_element(T, 22, 2) =:= Ref).
