-module(proc_unlink).
-export([main/0]).

%% unlink/1 removes the link on both sides; exit signals from the former link are ignored.
main() ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive die -> exit(bye) end end),
    erlang:display(element(2, process_info(P, links)) =:= [self()]),
    erlang:display(unlink(P)),
    erlang:display(element(2, process_info(P, links))),
    erlang:display(lists:member(P, element(2, process_info(self(), links)))),
    P ! die,
    receive {'EXIT', P, _} -> erlang:display(unexpected) after 30 -> erlang:display(no_exit) end,
    Q = spawn(fun() -> receive after infinity -> ok end end),
    erlang:display(unlink(Q)),
    link(Q), link(Q),
    erlang:display(length(element(2, process_info(Q, links)))),
    exit(Q, kill),
    receive {'EXIT', Q, R} -> erlang:display(R) end,
    ok.
