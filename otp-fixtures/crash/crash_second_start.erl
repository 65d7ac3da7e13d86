%% args: -s NAME first -s NAME second extra -s NAME third
%% Several start functions run in order; the second one crashes, so the third never runs.
-module(crash_second_start).
-export([first/0, second/1, third/0]).

first() -> erlang:display(first_ran).

second(Args) ->
    erlang:display({second_ran, Args}),
    erlang:error({second_failed, Args}).

third() -> erlang:display(third_ran).
