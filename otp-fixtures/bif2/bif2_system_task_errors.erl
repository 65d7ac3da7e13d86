%% erts_internal:request_system_task/3,4: bad pids, priorities and requests are badarg.
-module(bif2_system_task_errors).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

flush() -> receive M -> [M | flush()] after 100 -> [] end.

main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Reqs = [{garbage_collect, r, huge}, {garbage_collect, r}, {garbage_collect, r, major, x},
            {check_process_code, r, "lists"}, {check_process_code, r, 1}, {copy_literals, r, true},
            {copy_literals, r, false}, {nope, r, x}, garbage_collect, [], x],
    [erlang:display(t(fun() -> erts_internal:request_system_task(P, normal, R) end)) || R <- Reqs],
    [erlang:display(t(fun() -> erts_internal:request_system_task(P, Prio, {garbage_collect, r, major}) end))
     || Prio <- [x, 1, "normal", medium]],
    [erlang:display(t(fun() -> erts_internal:request_system_task(Pid, normal, {garbage_collect, r, major}) end))
     || Pid <- [x, 1, self_name, make_ref()]],
    [erlang:display(t(fun() -> erts_internal:request_system_task(self(), P, normal, R) end))
     || R <- [{garbage_collect, r}, {copy_literals, r, true}, {x, r, y}]],
    erlang:display(t(fun() -> erts_internal:request_system_task(x, P, normal, {garbage_collect, r, major}) end)),
    erlang:display(t(fun() -> erts_internal:request_system_task(self(), x, normal, {garbage_collect, r, major}) end)),
    erlang:display(t(fun() -> erts_internal:request_system_task(self(), P, x, {garbage_collect, r, major}) end)),
    erlang:display(flush()),
    P ! stop,
    ok.
