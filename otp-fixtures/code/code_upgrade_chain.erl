%% A process that loops through qualified calls follows every upgrade and survives each purge.
-module(code_upgrade_chain).
-export([main/0]).
-include("code_versions.hrl").

ask(P) -> P ! {self(), version}, receive {P, V} -> V end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    {Q, Ref} = spawn_monitor(cl_ver, wait, []),
    erlang:display(ask(Q)),
    Steps = [?CL_VER_V2, ?CL_VER_V3, ?CL_VER_V1, ?CL_VER_V3, ?CL_VER_V2],
    lists:foreach(
      fun(Bin) ->
              {module, cl_ver} = erlang:load_module(cl_ver, Bin),
              V = ask(Q),
              erlang:display({V, erlang:check_process_code(Q, cl_ver), erlang:purge_module(cl_ver),
                              is_process_alive(Q)})
      end, Steps),
    Q ! {self(), stop},
    receive {Q, stopped} -> ok end,
    receive {'DOWN', Ref, process, Q, Why} -> erlang:display(Why) end,
    ok.
