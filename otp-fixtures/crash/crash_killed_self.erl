%% The first process kills itself with exit(self(), kill): girder must end as erl does.
-module(crash_killed_self).
-export([main/0]).
main() ->
    erlang:display(before),
    exit(self(), kill),
    erlang:display(not_reached).
