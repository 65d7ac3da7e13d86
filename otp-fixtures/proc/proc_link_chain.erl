-module(proc_link_chain).
-export([main/0]).

%% A chain of linked processes: an error at one end travels to the other; a trapping link in
%% the middle stops it.
chain(0, Parent) -> Parent ! {tail, self()}, receive after infinity -> ok end;
chain(N, Parent) ->
    spawn_link(fun() -> chain(N - 1, Parent) end),
    receive after infinity -> ok end.

main() ->
    Self = self(),
    Head = spawn(fun() -> chain(20, Self) end),
    receive {tail, Tail} -> ok end,
    M = monitor(process, Head),
    exit(Tail, broken),
    receive {'DOWN', M, process, Head, Why} -> erlang:display({head_down, Why}) end,
    Head2 = spawn(fun() ->
        process_flag(trap_exit, true),
        spawn_link(fun() -> chain(5, Self) end),
        receive {'EXIT', _, R} -> Self ! {stopped_at_head, R} end,
        receive after infinity -> ok end
    end),
    receive {tail, Tail2} -> ok end,
    exit(Tail2, broken_again),
    receive {stopped_at_head, R2} -> erlang:display({stopped, R2}) end,
    erlang:display(is_process_alive(Head2)),
    exit(Head2, kill),
    ok.
