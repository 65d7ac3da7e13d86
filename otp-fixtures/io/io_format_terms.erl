-module(io_format_terms).
-export([main/0]).

main() ->
    Terms = [[], [1,2,3], "string", [104,105|tail], {}, {a,{b,{c}}}, #{}, #{a => 1, b => [2]},
             <<>>, <<1,2,3>>, <<"text">>, <<1:3>>, 'quoted atom', 'UPPER', [[]], [$a|$b],
             lists:seq(1, 40), {record, field1, field2, "some string", <<"bin">>},
             [{key, value} || _ <- lists:seq(1, 12)], "unicode: \x{263a}", [1000, 2000]],
    [begin
         io:format("~p~n", [T]),
         io:format("~w~n", [T]),
         io:format("~P~n", [T, 5]),
         io:format("~W~n", [T, 3])
     end || T <- Terms],
    io:format("~tp~n", ["unicode: \x{263a}"]),
    io:format("~ts~n", [<<"caf", 16#c3, 16#a9>>]),
    io:format("~ts~n", [[16#263a]]),
    io:format("~40p~n", [lists:seq(1, 30)]),
    io:format("~p~n", [lists:duplicate(30, {a_long_atom_name, "and a string value"})]),
    ok.
