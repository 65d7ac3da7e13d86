%% eval: io:format("first~n")
%% eval: io:format("second ~p~n", [lists:sum([1,2,3])])
%% eval: io:format("third~n")
%% -eval: several expressions run in order
-module(eval_sequence).
