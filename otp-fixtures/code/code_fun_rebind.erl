%% Funs and identical code loaded again: a fun of a version survives that version's purge when
%% the same code (same MD5) was loaded after it, and runs the newest copy; a different version
%% does not adopt it (badfun after the purge), and loading the first code again brings it back.
-module(code_fun_rebind).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    {module, cl_rebind} = erlang:load_module(cl_rebind, ?CL_REBIND_V1),
    F = cl_rebind:mk(),
    G = cl_rebind:mk_env(x),
    Holder = spawn(fun() -> hold(F) end),
    show(F, G),
    %% The same code again: the old copy can be purged, the funs live on.
    {module, cl_rebind} = erlang:load_module(cl_rebind, ?CL_REBIND_V1),
    erlang:display(erlang:check_old_code(cl_rebind)),
    erlang:display(erlang:purge_module(cl_rebind)),
    show(F, G),
    Holder ! {self(), call},
    erlang:display(receive {Holder, R} -> R end),
    %% Other code: the funs stay with the old copy until it is purged.
    {module, cl_rebind} = erlang:load_module(cl_rebind, ?CL_REBIND_V2),
    show(F, G),
    erlang:display(cl_rebind:g()),
    erlang:display(erlang:purge_module(cl_rebind)),
    show(F, G),
    %% The first code once more: the funs work again, with its g/0.
    {module, cl_rebind} = erlang:load_module(cl_rebind, ?CL_REBIND_V1),
    erlang:display(erlang:purge_module(cl_rebind)),
    show(F, G),
    erlang:display(erlang:fun_info(F, new_uniq) =:= erlang:fun_info(cl_rebind:mk(), new_uniq)),
    erlang:display(F =:= cl_rebind:mk()),
    Holder ! {self(), call},
    erlang:display(receive {Holder, R2} -> R2 end),
    ok.

show(F, G) ->
    erlang:display({call(F, []), call(G, [y])}).

call(F, Args) ->
    try apply(F, Args) catch error:{badfun, _} -> badfun end.

hold(F) ->
    receive {From, call} -> From ! {self(), call(F, [])}, hold(F) end.
