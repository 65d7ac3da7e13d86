%% The on_load function run in a process of its own, as the code server does it, then the module
%% is made current from the first process.
-module(code_on_load_in_process).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:load_module(cl_onload_ok, ?CL_ONLOAD_OK)),
    Self = self(),
    {P, Ref} = spawn_monitor(fun() -> Self ! {self(), erlang:call_on_load_function(cl_onload_ok)} end),
    Result = receive {P, R} -> R end,
    receive {'DOWN', Ref, process, P, Why} -> erlang:display(Why) end,
    erlang:display(Result),
    erlang:display(erlang:module_loaded(cl_onload_ok)),
    erlang:display(erlang:finish_after_on_load(cl_onload_ok, Result =:= ok)),
    erlang:display(cl_onload_ok:f()),
    erlang:display(erlang:load_module(cl_onload_ok, ?CL_ONLOAD_OK)),
    erlang:display(cl_onload_ok:f()),
    erlang:display(erlang:call_on_load_function(cl_onload_ok)),
    erlang:display(erlang:finish_after_on_load(cl_onload_ok, true)),
    erlang:display(erlang:check_old_code(cl_onload_ok)),
    erlang:display(erlang:purge_module(cl_onload_ok)),
    ok.
