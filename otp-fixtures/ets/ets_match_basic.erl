%% match/2 and match_object/2 patterns on every type
-module(ets_match_basic).
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
    [begin
         T = fill(Type),
         d({Type, lists:sort(ets:match(T, {'$1', 0, '_', '_'}))}),
         d(lists:sort(ets:match(T, {'$1', '$2', '_', {tag, 20}}))),
         d(lists:sort(ets:match(T, {'$2', '$1'}))),
         d(lists:sort(ets:match(T, {'_', '$1', '$1'}))),
         d(lists:sort(ets:match(T, {'$1', '_', '_'}))),
         d(lists:sort(ets:match(T, {c, ['$1' | '$2']}))),
         d(lists:sort(ets:match(T, {'_', #{k => '$1'}}))),
         d(lists:sort(ets:match(T, {'_', #{}}))),
         d(lists:sort(ets:match(T, {e, '$1'}))),
         d(ets:match(T, {nothing})),
         d(length(ets:match(T, '_'))),
         d(length(ets:match(T, '$1'))),
         d(lists:sort(ets:match_object(T, {'_', y, '_'}))),
         d(lists:sort(ets:match_object(T, {'_', 2, "5", '_'}))),
         d(lists:sort(ets:match_object(T, {'$1', '_', '_', {tag, '$1'}}))),
         d(lists:sort(ets:match_object(T, {'_', 1.5}))),
         d(lists:sort(ets:match_object(T, {'_', 1.0}))),
         d(length(ets:match_object(T, '_'))),
         d(lists:sort(ets:match(T, {'$10', '$2', '_', {tag, 4}}))),
         d(ets:match(T, {f, '$0'}))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
