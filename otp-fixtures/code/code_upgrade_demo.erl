%% The demo of hot code upgrade: a server keeps its state through an upgrade from v1 to v2
%% triggered by an {upgrade} message and a ?MODULE: call; a second server that never makes a
%% qualified call blocks a soft purge and is killed by the hard purge.
-module(code_upgrade_demo).
-export([main/0]).
-include("code_versions.hrl").

ask(P) -> P ! {get, self()}, receive {P, R} -> R end.

soft_purge(M) ->
    case lists:any(fun(P) -> erlang:check_process_code(P, M) end, processes()) of
        true -> false;
        false -> erlang:purge_module(M)
    end.

main() ->
    erlang:display(erlang:load_module(cl_srv, ?CL_SRV_V1)),
    Srv = cl_srv:start(10),
    {Stub, StubRef} = spawn_monitor(cl_srv, stubborn, [7]),
    Srv ! {add, 5},
    erlang:display(ask(Srv)),
    erlang:display(ask(Stub)),
    erlang:display(erlang:load_module(cl_srv, ?CL_SRV_V2)),
    %% Still v1 code until the upgrade message.
    Srv ! {add, 1},
    erlang:display(ask(Srv)),
    Srv ! {upgrade},
    erlang:display(ask(Srv)),
    Srv ! {add, 1},
    erlang:display(ask(Srv)),
    erlang:display(ask(Stub)),
    erlang:display({srv, erlang:check_process_code(Srv, cl_srv)}),
    erlang:display({stub, erlang:check_process_code(Stub, cl_srv)}),
    erlang:display({soft_purge, soft_purge(cl_srv)}),
    erlang:display(erlang:check_old_code(cl_srv)),
    erlang:display({hard_purge, erlang:purge_module(cl_srv)}),
    receive {'DOWN', StubRef, process, Stub, Why} -> erlang:display({stubborn, Why}) end,
    erlang:display(ask(Srv)),
    Srv ! {stop, self()},
    receive {Srv, stopped} -> erlang:display(stopped) end,
    ok.
