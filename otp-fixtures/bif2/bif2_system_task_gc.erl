%% erts_internal:request_system_task/3,4 with garbage_collect requests: the answer message
%% for a live process, a dead one and the caller, every priority, and the reply target of
%% the four argument form.
-module(bif2_system_task_gc).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 100 -> [] end.

main() ->
    Self = self(),
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    [begin
         erlang:display({Prio, Type, erts_internal:request_system_task(P, Prio, {garbage_collect, Prio, Type})}),
         erlang:display(flush())
     end || Prio <- [max, high, normal, low, inherit], Type <- [major, minor]],
    erlang:display(erts_internal:request_system_task(Dead, normal, {garbage_collect, dead, major})),
    erlang:display(flush()),
    erlang:display(erts_internal:request_system_task(Self, normal, {garbage_collect, me, major})),
    erlang:display(flush()),
    erlang:display(erts_internal:request_system_task(Self, P, normal, {garbage_collect, four, major})),
    erlang:display(flush()),
    erlang:display(erts_internal:request_system_task(Self, Self, high, {garbage_collect, four_me, minor})),
    erlang:display(flush()),
    Other = spawn(fun() -> receive M -> Self ! {got, M} end end),
    erlang:display(erts_internal:request_system_task(Other, P, normal, {garbage_collect, {to, other}, major})),
    erlang:display(receive {got, M} -> M end),
    P ! stop,
    ok.
