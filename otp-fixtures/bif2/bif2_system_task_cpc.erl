%% erts_internal:request_system_task/3,4 with check_process_code requests.
-module(bif2_system_task_cpc).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 100 -> [] end.

main() ->
    Self = self(),
    P = spawn(fun() -> receive stop -> ok end end),
    erlang:display(erts_internal:request_system_task(P, normal, {check_process_code, a, lists})),
    erlang:display(flush()),
    erlang:display(erts_internal:request_system_task(Self, normal, {check_process_code, b, ?MODULE})),
    erlang:display(flush()),
    erlang:display(erts_internal:request_system_task(P, inherit, {check_process_code, c, nope_module})),
    erlang:display(flush()),
    erlang:display(erts_internal:request_system_task(Self, P, low, {check_process_code, d, lists})),
    erlang:display(flush()),
    erlang:display(erts_internal:request_system_task(Self, P, inherit, {check_process_code, e, lists})),
    erlang:display(flush()),
    erlang:display(check_process_code(P, lists)),
    erlang:display(check_process_code(P, lists, [{async, f}])),
    erlang:display(flush()),
    P ! stop,
    ok.
