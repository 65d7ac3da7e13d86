%% Return addresses and catch markers on the stack refer to old code: such processes are
%% found by check_process_code/2 and killed by the purge.
-module(code_purge_stack).
-export([main/0, hold/0]).
-include("code_versions.hrl").

hold() -> receive {From, release} -> From ! {self(), released} end.

%% Waits until P waits in a receive (it has reached its place in the code).
settle(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> receive after 1 -> settle(P) end
    end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    %% Deep recursion into old code, waiting at the bottom.
    {Deep, DeepRef} = spawn_monitor(cl_ver, deep, [50]),
    %% Waiting in this module, inside a catch of old code.
    {Caught, CaughtRef} = spawn_monitor(cl_ver, guarded, [fun ?MODULE:hold/0]),
    settle(Deep),
    settle(Caught),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display({erlang:check_process_code(Deep, cl_ver),
                    erlang:check_process_code(Caught, cl_ver)}),
    erlang:display(erlang:purge_module(cl_ver)),
    receive {'DOWN', DeepRef, process, Deep, W1} -> erlang:display({deep, W1}) end,
    receive {'DOWN', CaughtRef, process, Caught, W2} -> erlang:display({caught, W2}) end,
    %% The same in new code, released normally this time.
    {Deep2, Ref2} = spawn_monitor(cl_ver, deep, [20]),
    Deep2 ! {self(), go},
    receive {Deep2, V} -> erlang:display({deep_version, V}) end,
    receive {'DOWN', Ref2, process, Deep2, W3} -> erlang:display({deep2, W3}) end,
    ok.
