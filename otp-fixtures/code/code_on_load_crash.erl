%% An on_load function that raises: the caller sees the exception; the module is dropped.
-module(code_on_load_crash).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_onload_crash, ?CL_ONLOAD_CRASH)),
    erlang:display(e(fun() -> erlang:call_on_load_function(cl_onload_crash) end)),
    %% In a process of its own, as the code server runs it.
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() -> Self ! {self(), e(fun() -> erlang:call_on_load_function(cl_onload_crash) end)} end),
    receive {Pid, R} -> erlang:display(R) end,
    receive {'DOWN', Ref, process, Pid, Why} -> erlang:display(Why) end,
    erlang:display(erlang:finish_after_on_load(cl_onload_crash, false)),
    erlang:display(erlang:module_loaded(cl_onload_crash)),
    erlang:display(e(fun() -> cl_onload_crash:f() end)),
    ok.
