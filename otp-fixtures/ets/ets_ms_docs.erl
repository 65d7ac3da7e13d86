%% match specification examples from the ets documentation
-module(ets_ms_docs).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a, "x"}, {2, b, "y"}, {3, c, "z"}, {4, a, "w"}]),
    %% select the keys of objects whose second element is a
    d(ets:select(T, [{{'$1', a, '_'}, [], ['$1']}])),
    %% match with $$ and $_
    d(ets:select(T, [{{'$1', '$2', '_'}, [{'<', '$1', 3}], ['$$']}])),
    d(ets:select(T, [{{'$1', '$2', '_'}, [{'<', '$1', 3}], ['$_']}])),
    %% the same as match/2 and match_object/2
    d(ets:match(T, {'$1', '$2', '_'}) =:= ets:select(T, [{{'$1', '$2', '_'}, [], ['$$']}])),
    d(ets:match_object(T, {'_', a, '_'}) =:= ets:select(T, [{{'_', a, '_'}, [], ['$_']}])),
    %% several clauses: the first that matches wins
    d(ets:select(T, [{{'$1', a, '_'}, [], [{{a, '$1'}}]}, {{'$1', b, '_'}, [], [{{b, '$1'}}]}])),
    %% delete all objects with a key below 3
    d(ets:select_delete(T, [{{'$1', '_', '_'}, [{'<', '$1', 3}], [true]}])),
    d(ets:tab2list(T)),
    %% select_count of a
    d(ets:select_count(T, [{{'_', a, '_'}, [], [true]}])),
    %% employees example
    E = ets:new(emp, [bag]),
    ets:insert(E, [{emp, "Ann", sales, 30}, {emp, "Bob", dev, 41}, {emp, "Cid", dev, 25}]),
    d(lists:sort(ets:select(E, [{{emp, '$1', dev, '$2'}, [{'>', '$2', 30}], ['$1']}]))),
    d(lists:sort(ets:select(E, [{{emp, '$1', '$2', '_'}, [{'orelse', {'==', '$2', sales}, {'==', '$1', "Cid"}}], [{{'$1', '$2'}}]}]))).
