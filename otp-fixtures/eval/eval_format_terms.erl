%% eval: NAME:main()
%% io:format term directives: ~p and ~P line breaking and depth, ~w and ~W, records, maps, nesting
-module(eval_format_terms).
-export([main/0]).
main() ->
    Deep = lists:foldl(fun(I, Acc) -> {I, [Acc, I]} end, leaf, lists:seq(1, 8)),
    Long = [{key, N, lists:duplicate(N rem 4, x)} || N <- lists:seq(1, 14)],
    Map = #{a => 1, b => [1, 2, 3], c => #{nested => true}, "str" => <<"bin">>},
    io:format("~p~n", [Deep]),
    io:format("~P~n", [Deep, 5]),
    io:format("~W~n", [Deep, 4]),
    io:format("~w~n", [Deep]),
    io:format("~p~n", [Long]),
    io:format("~P~n", [Long, 8]),
    io:format("~40p~n", [Long]),
    io:format("~-20w|~n", [short]),
    io:format("~p~n", [Map]),
    io:format("~w~n", [Map]),
    io:format("~P~n", [Map, 3]),
    io:format("~p~n", [{record_like, "a string", 'an atom', 1.5, <<"bin">>, [], {}}]),
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~p~n", [[lists:seq(1, 10) || _ <- lists:seq(1, 6)]]),
    io:format("prefix ~p~n", [Long]),
    io:format("~p~n", [list_to_binary(lists:seq(0, 90))]),
    io:format("~P~n", [list_to_binary(lists:seq(32, 120)), 6]),
    io:format("~p~n", [[improper | tail]]),
    io:format("~W~n", [[1, 2, 3, 4, 5, 6], 3]),
    io:format("~p~n", [{'$gen_call', {self_like, tag}, {get, "key"}}]),
    io:format("~10p~n", [["ab", "cd", "ef", "gh"]]),
    io:format("~tp~n", [[1024, 1025]]),
    io:format("~p~n", [[1024, 1025]]),
    ok.
