-module(proc_links_info).
-export([main/0]).

%% Links appear on both sides and disappear when either side exits.
main() ->
    Self = self(),
    P = spawn(fun() -> receive {link_to, Q} -> link(Q), Self ! linked end, receive after infinity -> ok end end),
    Q = spawn(fun() -> receive after infinity -> ok end end),
    P ! {link_to, Q},
    receive linked -> ok end,
    erlang:display(process_info(P, links) =:= {links, [Q]}),
    erlang:display(process_info(Q, links) =:= {links, [P]}),
    process_flag(trap_exit, true),
    link(Q),
    erlang:display(length(element(2, process_info(Q, links)))),
    exit(P, kill),
    receive {'EXIT', Q, killed} -> erlang:display(q_killed_too) end,
    ok.
