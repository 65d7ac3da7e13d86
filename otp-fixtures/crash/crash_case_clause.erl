%% An uncaught {case_clause, V}.
-module(crash_case_clause).
-export([main/0]).

main() ->
    erlang:display(casing),
    case list_to_tuple(lists:seq(1, 3)) of
        {1, 2} -> two;
        {} -> none
    end.
