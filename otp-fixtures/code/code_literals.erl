%% Literals of a version stay readable by the processes holding them after the version is
%% purged, in the process that got them and in another one they are sent to.
-module(code_literals).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    C1 = cl_ver:const(),
    Self = self(),
    P = spawn(fun() -> receive {lit, L} -> Self ! {back, L} end end),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V3)),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(C1),
    _ = [erlang:garbage_collect() || _ <- [1, 2]],
    erlang:display(C1),
    P ! {lit, C1},
    receive {back, B} -> erlang:display(B =:= C1) end,
    erlang:display(cl_ver:const()),
    erlang:display(element(4, C1)),
    ok.
