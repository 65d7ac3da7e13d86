%% maps in match specification heads and bodies
-module(ets_ms_map_exprs).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, #{a => 1, b => 2}}, {2, #{a => 3}}, {3, #{b => 4}}, {4, not_a_map}]),
    d(ets:select(T, [{{'$1', #{a => '$2'}}, [], [{{'$1', '$2'}}]}])),
    d(ets:select(T, [{{'$1', #{a => '_', b => '_'}}, [], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [{is_map, '$2'}, {'==', {map_size, '$2'}, 1}], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [{is_map, '$2'}, {is_map_key, b, '$2'}], [{map_get, b, '$2'}]}])),
    d(ets:select(T, [{{'$1', '_'}, [{'<', '$1', 3}], [#{key => '$1', const => x}]}])),
    d(ets:match(T, {'$1', #{}})).
