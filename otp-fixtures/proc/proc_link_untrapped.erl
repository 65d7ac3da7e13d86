-module(proc_link_untrapped).
-export([main/0]).

%% Processes linked to a failing process die with it; normal exits do not propagate.
watch(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, Why} -> Why end.

main() ->
    erlang:display(watch(fun() ->
        spawn_link(fun() -> exit(child_failed) end),
        receive after infinity -> ok end
    end)),
    erlang:display(watch(fun() ->
        spawn_link(fun() -> ok end),
        receive after 50 -> survived end,
        exit(survived)
    end)),
    erlang:display(watch(fun() ->
        P = spawn(fun() -> receive after infinity -> ok end end),
        link(P),
        exit(P, kill),
        receive after infinity -> ok end
    end)),
    erlang:display(watch(fun() ->
        spawn_link(fun() -> exit(kill) end),
        receive after infinity -> ok end
    end)),
    erlang:display(watch(fun() -> exit(self(), normal), receive after 50 -> still_here end, exit(still_here) end)),
    erlang:display(watch(fun() -> exit(self(), kill), receive after 50 -> ok end end)),
    erlang:display(watch(fun() -> exit(self(), foo), receive after 50 -> ok end end)),
    Parent = self(),
    erlang:display(watch(fun() ->
        P = spawn(fun() -> receive after infinity -> ok end end),
        link(P),
        unlink(P),
        exit(P, kill),
        receive after 50 -> Parent ! unlinked_ok end,
        exit(done)
    end)),
    receive unlinked_ok -> erlang:display(unlinked_ok) end,
    erlang:display(watch(fun() -> exit(whatever_normal_ignored) end)),
    erlang:display(watch(fun() ->
        P = spawn(fun() -> receive after infinity -> ok end end),
        exit(P, normal),
        erlang:display(is_process_alive(P)),
        exit(P, kill),
        receive after 10 -> ok end,
        erlang:display(is_process_alive(P)),
        exit(fine)
    end)),
    ok.
