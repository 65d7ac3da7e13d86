-module(panic_link).
-export([main/1]).
%% A linked process panics at Point; the trapping parent sees the exit and goes on.
main([Point]) ->
    process_flag(trap_exit, true),
    Parent = self(),
    Pid = spawn_link(fun() -> work(Point, Parent) end),
    Mon = monitor(process, Pid),
    receive {'EXIT', Pid, R} -> erlang:display({exit, R}) end,
    receive {'DOWN', Mon, process, Pid, R2} -> erlang:display({down, R2}) end,
    %% The rest of the system goes on.
    Others = [spawn_link(fun() -> exit(lists:sum(lists:seq(1, N))) end) || N <- lists:seq(1, 20)],
    erlang:display([receive {'EXIT', O, S} -> S end || O <- Others]),
    erlang:display(done).
work(Point, _Parent) ->
    erts_debug:inject_panic(Point),
    _ = garbage_collect(),
    build(100000, []).
build(0, Acc) -> length(Acc);
build(N, Acc) -> build(N - 1, [N | Acc]).
