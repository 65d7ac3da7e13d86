#!/usr/bin/env escript
%%! -fx_mode quick
%% exit: 3
%% An escript trapping exits of linked processes, stopping with init:stop/1 and then waiting
main(_) ->
    process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> exit(worker_done) end),
    receive {'EXIT', Pid, Why} -> io:format("~p~n", [Why]) end,
    io:format("~p~n", [init:get_argument(fx_mode)]),
    init:stop(3),
    timer:sleep(2000),
    io:format("not reached~n").
