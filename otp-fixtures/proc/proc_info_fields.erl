-module(proc_info_fields).
-export([main/0, err/1, waiter/0]).

waiter() -> receive stop -> ok end.

main() ->
    P = spawn(?MODULE, waiter, []),
    receive after 20 -> ok end,
    erlang:display(process_info(P, status)),
    erlang:display(process_info(P, message_queue_len)),
    erlang:display(process_info(P, messages)),
    erlang:display(process_info(P, initial_call)),
    erlang:display(process_info(P, current_function)),
    erlang:display(process_info(P, trap_exit)),
    erlang:display(process_info(P, priority)),
    erlang:display(process_info(P, registered_name)),
    erlang:display(process_info(P, links)),
    erlang:display(process_info(P, monitors)),
    erlang:display(process_info(P, monitored_by)),
    erlang:display(process_info(P, dictionary)),
    erlang:display(process_info(P, heap_size)),
    erlang:display(process_info(P, total_heap_size)),
    erlang:display(process_info(P, min_heap_size)),
    erlang:display(process_info(P, fullsweep_after)),
    erlang:display(process_info(P, error_handler)),
    erlang:display(process_info(P, suspending)),
    P ! hello, P ! {world, 1},
    erlang:display(process_info(P, message_queue_len)),
    erlang:display(process_info(P, messages)),
    erlang:display(process_info(P, [message_queue_len, trap_exit, priority])),
    register(info_waiter, P),
    erlang:display(process_info(P, registered_name)),
    erlang:display(process_info(P, [registered_name, status])),
    erlang:display(element(1, hd(process_info(P)))),
    erlang:display([K || {K, _} <- process_info(P)]),
    R = monitor(process, P),
    erlang:display(process_info(self(), monitors) =:= {monitors, [{process, P}]}),
    erlang:display(process_info(P, monitored_by) =:= {monitored_by, [self()]}),
    link(P),
    erlang:display(process_info(P, links) =:= {links, [self()]}),
    P ! stop,
    receive {'DOWN', R, process, P, normal} -> ok end,
    erlang:display(process_info(P, status)),
    erlang:display(process_info(P)),
    erlang:display(err(fun() -> process_info(P, bogus_item) end)),
    erlang:display(err(fun() -> process_info(self(), bogus_item) end)),
    erlang:display(err(fun() -> process_info(not_a_pid, status) end)),
    erlang:display(err(fun() -> process_info(self(), [status | bad]) end)),
    Q = spawn_opt(?MODULE, waiter, [], [{priority, low}, {min_heap_size, 500}, {fullsweep_after, 7}]),
    erlang:display(process_info(Q, [priority, min_heap_size, fullsweep_after])),
    erlang:display(process_info(Q, garbage_collection)),
    Q ! stop,
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
