%% An uncaught badarith inside a fun called through lists:map: frames of lists and of the fun.
-module(crash_badarith_fun).
-export([main/0]).

main() ->
    erlang:display(mapping),
    erlang:display(lists:map(fun(X) -> 10 / X end, [1, 2, 0, 4])).
