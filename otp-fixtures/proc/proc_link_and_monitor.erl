-module(proc_link_and_monitor).
-export([main/0]).

%% Both a link and a monitor on the same process: both notifications arrive, once each.
main() ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> exit(both) end end),
    M = monitor(process, P),
    P ! go,
    A = receive {'EXIT', P, R1} -> {exit, R1} end,
    B = receive {'DOWN', M, process, P, R2} -> {down, R2} end,
    erlang:display({A, B}),
    receive X -> erlang:display({extra, X}) after 20 -> erlang:display(no_extra) end,
    ok.
