%% erlang:monitor_node/2,3 on a node that is not alive (itself: true; others: notalive; bad
%% options: badarg with cause badopt), process_flag/3 (save_calls on another process, returning
%% the previous value; any other flag or a dead process: badarg), garbage_collect/2 options
%% ({async, Ref} answers with a message and returns async; a bad option: badarg).
-module(bif2_node_gc_flags).
-export([main/0]).

show(F) ->
    try F() of V -> V
    catch error:R:St ->
        [{_, _, _, Info} | _] = St,
        {error, R, proplists:get_value(error_info, Info)}
    end.

main() ->
    Tests = [fun() -> erlang:monitor_node(nonode@nohost, true) end,
             fun() -> erlang:monitor_node(nonode@nohost, false) end,
             fun() -> erlang:monitor_node(foo@bar, false) end,
             fun() -> erlang:monitor_node(foo@bar, true, [allow_passive_connect]) end,
             fun() -> erlang:monitor_node(foo, true) end,
             fun() -> erlang:monitor_node(foo@bar, x) end,
             fun() -> erlang:monitor_node(foo@bar, true, [bad]) end,
             fun() -> erlang:monitor_node(1, true) end,
             fun() -> erlang:monitor_node(nonode@nohost, x) end],
    [io:format("~p~n", [show(T)]) || T <- Tests],
    io:format("~p~n", [receive M -> M after 50 -> no_message end]),
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    Flags = [fun() -> erlang:process_flag(P, save_calls, 5) end,
             fun() -> erlang:process_flag(P, save_calls, 7) end,
             fun() -> erlang:process_flag(P, trap_exit, true) end,
             fun() -> erlang:process_flag(P, save_calls, 10001) end,
             fun() -> erlang:process_flag(self(), save_calls, x) end,
             fun() -> erlang:process_flag(Dead, save_calls, 1) end,
             fun() -> process_flag(save_calls, 3) end,
             fun() -> process_flag(save_calls, 0) end,
             fun() -> erlang:process_flag(self(), save_calls, 2) end,
             fun() -> process_flag(save_calls, 0) end],
    [io:format("~p~n", [show(T)]) || T <- Flags],
    Ref = make_ref(),
    io:format("~p~n", [erlang:garbage_collect(P, [{async, Ref}])]),
    io:format("~p~n", [receive {garbage_collect, Ref, R} -> {answered, R} after 1000 -> none end]),
    io:format("~p~n", [erlang:garbage_collect(P, [{type, minor}])]),
    io:format("~p~n", [erlang:garbage_collect(Dead, [{async, Ref}])]),
    io:format("~p~n", [receive {garbage_collect, Ref, R2} -> {answered, R2} after 1000 -> none end]),
    io:format("~p~n", [show(fun() -> erlang:garbage_collect(P, [x]) end)]),
    io:format("~p~n", [show(fun() -> erlang:garbage_collect(P, [{type, huge}]) end)]),
    P ! stop,
    ok.
