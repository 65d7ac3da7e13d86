%% check_process_code/3 options: allow_gc, async (the answer comes as a message), and errors.
-module(code_cpc_options).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    P = spawn(cl_ver, wait_local, []),
    P ! {self(), version},
    receive {P, 1} -> ok end,
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erlang:check_process_code(P, cl_ver, [])),
    erlang:display(erlang:check_process_code(P, cl_ver, [{allow_gc, false}])),
    erlang:display(erlang:check_process_code(P, cl_ver, [{allow_gc, true}])),
    erlang:display(erlang:check_process_code(P, cl_ver, [{async, req1}])),
    receive {check_process_code, req1, R1} -> erlang:display(R1) end,
    erlang:display(erlang:check_process_code(self(), cl_ver, [{async, {my, req}}, {allow_gc, true}])),
    receive {check_process_code, {my, req}, R2} -> erlang:display(R2) end,
    erlang:display(e(fun() -> erlang:check_process_code(P, cl_ver, [bad]) end)),
    erlang:display(e(fun() -> erlang:check_process_code(P, cl_ver, [{allow_gc, maybe}]) end)),
    erlang:display(e(fun() -> erlang:check_process_code(P, cl_ver, [{async, x} | y]) end)),
    erlang:display(e(fun() -> erlang:check_process_code(P, "cl_ver", []) end)),
    erlang:display(e(fun() -> erlang:check_process_code(self, cl_ver) end)),
    erlang:display(e(fun() -> erlang:check_process_code(P, 1) end)),
    %% A process that has ended refers to nothing.
    {D, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, D, _} -> ok end,
    erlang:display(erlang:check_process_code(D, cl_ver)),
    erlang:display(erlang:check_process_code(D, cl_ver, [{async, dead}])),
    receive {check_process_code, dead, R3} -> erlang:display(R3) end,
    exit(P, kill),
    ok.
