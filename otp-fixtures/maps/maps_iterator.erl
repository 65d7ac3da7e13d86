%% maps:iterator/1 and maps:next/1: walking small and hashed maps pair by pair (the order must
%% equal maps:to_list), the none at the end, iterators used twice, and bad iterators.
-module(maps_iterator).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

walk(I) ->
    case maps:next(I) of
        none -> [];
        {K, V, Next} -> [{K, V} | walk(Next)]
    end.

main() ->
    Ms = [#{}, #{a => 1}, #{b => 2, a => 1, c => 3}, maps:from_list([{I, I * I} || I <- lists:seq(1, 32)]),
          maps:from_list([{I, I * I} || I <- lists:seq(1, 33)]), maps:from_list([{{k, I}, I} || I <- lists:seq(1, 20)]),
          maps:from_list([{integer_to_binary(I), I} || I <- lists:seq(1, 300)])],
    [begin
         I = maps:iterator(?MODULE:id(M)),
         W = walk(I),
         erlang:display({map_size(M), W =:= maps:to_list(M), walk(I) =:= W, lists:sort(W) =:= lists:sort(maps:to_list(M)), lists:sublist(W, 4), lists:sublist(maps:to_list(M), 4)})
     end || M <- Ms],
    I0 = maps:iterator(?MODULE:id(#{x => 1})),
    {K, V, I1} = maps:next(I0),
    erlang:display({K, V, maps:next(I1), maps:next(I1)}),
    erlang:display(t(fun() -> maps:iterator(?MODULE:id(not_map)) end)),
    erlang:display(t(fun() -> maps:next(?MODULE:id(not_iter)) end)),
    erlang:display(t(fun() -> maps:next(?MODULE:id({a, b, c})) end)),
    erlang:display(t(fun() -> maps:next(?MODULE:id(#{a => 1})) end)),
    erlang:display(maps:next(maps:iterator(#{only => one}))),
    ok.
