%% exit/1 with many reasons inside try, catch and nested catch; exit(normal) in the process itself
%% is still an exception that can be caught; catch returns the {'EXIT', Reason} without a stack.
-module(except_exit_reasons).
-export([main/0]).

main() ->
    Reasons = [normal, kill, shutdown, {shutdown, x}, [], {}, 0, "str", <<"bin">>, {a, [b, {c}]}],
    [begin
         erlang:display(catch exit(R)),
         erlang:display(try exit(R) catch exit:X -> {exit, X} end),
         erlang:display(catch catch exit(R))
     end || R <- Reasons],
    erlang:display(catch [exit(in_list)]),
    erlang:display(catch {tuple, exit(in_tuple)}),
    ok.
