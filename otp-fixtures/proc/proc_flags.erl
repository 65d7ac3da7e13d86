-module(proc_flags).
-export([main/0, err/1]).

main() ->
    erlang:display(process_flag(trap_exit, false)),
    erlang:display(process_flag(trap_exit, true)),
    erlang:display(process_flag(trap_exit, true)),
    erlang:display(process_flag(priority, high)),
    erlang:display(process_flag(priority, low)),
    erlang:display(process_flag(priority, max)),
    erlang:display(process_flag(priority, normal)),
    erlang:display(process_info(self(), priority)),
    erlang:display(err(fun() -> process_flag(priority, urgent) end)),
    erlang:display(err(fun() -> process_flag(trap_exit, maybe) end)),
    erlang:display(err(fun() -> process_flag(bogus, 1) end)),
    erlang:display(process_flag(fullsweep_after, 20)),
    erlang:display(process_flag(fullsweep_after, 65535)),
    erlang:display(err(fun() -> process_flag(fullsweep_after, -1) end)),
    erlang:display(process_flag(min_heap_size, 233)),
    erlang:display(err(fun() -> process_flag(min_heap_size, x) end)),
    erlang:display(process_flag(message_queue_data, off_heap)),
    erlang:display(err(fun() -> process_flag(message_queue_data, nowhere) end)),
    erlang:display(process_flag(save_calls, 0)),
    Self = self(),
    spawn(fun() -> Self ! {child_trap, process_flag(trap_exit, true)} end),
    receive {child_trap, V} -> erlang:display(V) end,
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
