%% select/2 bodies: variables, '$_', '$$', constructed tuples and lists, constants
-module(ets_select_body).
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

sel(T, Body) -> lists:sort(ets:select(T, [{{'$1', '$2', '$3', '_'}, [{'<', '$1', 4}], Body}])).
main() ->
    T = fill(ordered_set),
    Bodies = [['$1'], ['$_'], ['$$'], [{{'$2', '$1'}}], [['$1', '$2']], [['$1' | '$2']], [{const, {a, b}}],
              [hello], [42], [[]], [{{}}], [{{'$1', {{'$2'}}, [x]}}], [{'+', '$1', 100}], [first, second, '$3'],
              [{'>', '$1', 2}], [{element, 2, '$_'}], [#{k => '$1'}], [{{'$_', '$$'}}], [<<"bin">>], [{self}],
              [{const, '$1'}], ['_'], [{{'$1', '$1', '$1'}}], [{'=:=', '$2', 1}]],
    [d({B, e(fun() -> R = sel(T, B), [if is_pid(X) -> pid; true -> X end || X <- R] end)}) || B <- Bodies],
    d(ets:select(T, [{{'$1', '_'}, [], ['$1']}, {{'$1', '_', '_'}, [], [{{three, '$1'}}]}])),
    d(ets:select(T, [{{a, '$1'}, [], ['$1']}, {{a, '_'}, [], [never]}])),
    d(ets:select(T, [])),
    d(ets:select(T, [{{'$1', x}, [{is_atom, '$1'}], [{{'$1', is_atom}}]}, {{'$1', '_'}, [], [other]}])).
