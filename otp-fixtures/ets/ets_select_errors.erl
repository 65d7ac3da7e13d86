%% bad match specifications give badarg
-module(ets_select_errors).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

fill(Type) ->
    T = ets:new(t, [Type]),
    ets:insert(T, [{I, I rem 3, integer_to_list(I), {tag, I * 2}} || I <- lists:seq(1, 30)]),
    ets:insert(T, [{a, x}, {b, y, z}, {c, [1, 2, 3]}, {d, #{k => v}}, {e, <<"bin">>}, {f, 1.5}]),
    T.

main() ->
    T = fill(set),
    Bad = [x, [x], [{}], [{'_'}], [{'_', []}], [{'_', [], []}], [{'_', x, [true]}], [{'_', [], x}],
           [{'_', [], ['$1']}], [{'$1', [{'>', '$2', 1}], [true]}], [{'_', [{foo, 1}], [true]}],
           [{'_', [], [{foo}]}], [{'_', [], [{message, x}]}], [{'_', [], [{return_trace}]}],
           [{'_', [], [true]} | x], [{'_', [], [{element, 1}]}], [{'_', [{'>', 1, 2, 3}], [true]}],
           [{'$1', [], [{const}]}], [{'_', [], [{const, 1, 2}]}], [{'$a', [], ['$a']}],
           [{{'$1'}, [], ['$01']}]],
    [d({B, e(fun() -> ets:select(T, B) end)}) || B <- Bad],
    [d({B, e(fun() -> is_reference(ets:match_spec_compile(B)) end)}) || B <- Bad],
    [d({B, e(fun() -> ets:select_count(T, B) end)}) || B <- lists:sublist(Bad, 5)],
    d(e(fun() -> ets:match(T, {'$1'}, 0) end)),
    d(e(fun() -> ets:select(T, [{'_', [], [true]}], 0) end)),
    d(e(fun() -> ets:select(T, [{'_', [], [true]}], a) end)),
    d(e(fun() -> ets:select(bad_continuation) end)),
    d(e(fun() -> ets:select({a, b, c}) end)),
    d(e(fun() -> ets:match(bad_continuation) end)),
    d(ets:select('$end_of_table')),
    d(ets:match('$end_of_table')),
    d(ets:match_object('$end_of_table')).
