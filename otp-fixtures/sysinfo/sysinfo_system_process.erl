%% erts_internal:spawn_system_process/3 starts a process that is_system_process/1 knows.
-module(sysinfo_system_process).
-export([main/0, child/1]).

child(Parent) ->
    Parent ! {child, erts_internal:is_system_process(self())},
    receive after infinity -> ok end.

main() ->
    P = erts_internal:spawn_system_process(?MODULE, child, [self()]),
    erlang:display(is_pid(P)),
    erlang:display(receive {child, X} -> X end),
    erlang:display(erts_internal:is_system_process(self())),
    Q = spawn(fun() -> ok end),
    erlang:display(erts_internal:is_system_process(Q)),
    ok.
