-module(proc_link_dead).
-export([main/0, err/1]).

dead() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, _} -> P end.

main() ->
    D = dead(),
    erlang:display(err(fun() -> link(D) end)),
    process_flag(trap_exit, true),
    erlang:display(err(fun() -> link(D) end)),
    receive {'EXIT', D, Why} -> erlang:display({exit, Why}) after 100 -> erlang:display(no_exit) end,
    erlang:display(unlink(D)),
    erlang:display(err(fun() -> link(self()) end)),
    erlang:display(err(fun() -> link(not_a_pid) end)),
    erlang:display(err(fun() -> unlink(not_a_pid) end)),
    erlang:display(err(fun() -> exit(not_a_pid, x) end)),
    erlang:display(exit(D, x)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
