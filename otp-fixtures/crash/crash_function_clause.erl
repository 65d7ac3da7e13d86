%% An uncaught function_clause: the top frame shows the arguments that matched no clause.
-module(crash_function_clause).
-export([main/0]).

main() ->
    erlang:display(calling),
    erlang:display(classify(1)),
    erlang:display(classify({unexpected, "arg"})).

classify(1) -> one;
classify(2) -> two.
