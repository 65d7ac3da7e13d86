%% erts_internal:purge_module/2 is reserved to the code purger process.
-module(code_purge_internal).
-export([main/0]).

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(e(fun() -> erts_internal:purge_module(cl_ver, prepare) end)),
    erlang:display(e(fun() -> erts_internal:purge_module(cl_ver, complete) end)),
    erlang:display(e(fun() -> erts_internal:purge_module(cl_ver, abort) end)),
    erlang:display(e(fun() -> erts_internal:purge_module(cl_ver, bad_op) end)),
    erlang:display(e(fun() -> erts_internal:purge_module(1, prepare) end)),
    ok.
