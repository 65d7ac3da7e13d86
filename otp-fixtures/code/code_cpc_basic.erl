%% check_process_code/2: a process waiting in old code (local calls only) refers to it; one
%% that moved on with a qualified call does not; processes without old code never do.
-module(code_cpc_basic).
-export([main/0]).
-include("code_versions.hrl").

ask(P) -> P ! {self(), version}, receive {P, V} -> V end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    Local = spawn(cl_ver, wait_local, []),
    Moving = spawn(cl_ver, wait, []),
    erlang:display({ask(Local), ask(Moving)}),
    erlang:display({erlang:check_process_code(Local, cl_ver),
                    erlang:check_process_code(Moving, cl_ver)}),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erlang:check_process_code(Local, cl_ver)),
    erlang:display(erlang:check_process_code(self(), cl_ver)),
    %% Moving answers with v2 (qualified call) and then loops in v2.
    erlang:display(ask(Moving)),
    erlang:display(erlang:check_process_code(Moving, cl_ver)),
    erlang:display(ask(Local)),
    erlang:display(erlang:check_process_code(Local, cl_ver)),
    erlang:display(erlang:check_process_code(Local, lists)),
    Local ! {self(), stop},
    receive {Local, stopped} -> ok end,
    Moving ! {self(), stop},
    receive {Moving, stopped} -> ok end,
    erlang:display(erlang:purge_module(cl_ver)),
    ok.
