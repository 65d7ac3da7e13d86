%% The loading BIFs on modules that were never loaded, and on bad arguments.
-module(code_delete_not_loaded).
-export([main/0]).

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(e(fun() -> erlang:delete_module(cl_never) end)),
    erlang:display(e(fun() -> erlang:purge_module(cl_never) end)),
    erlang:display(e(fun() -> erlang:check_old_code(cl_never) end)),
    erlang:display(e(fun() -> erlang:module_loaded(cl_never) end)),
    erlang:display(e(fun() -> erlang:delete_module(1) end)),
    erlang:display(e(fun() -> erlang:purge_module("cl_never") end)),
    erlang:display(e(fun() -> erlang:check_old_code({}) end)),
    erlang:display(e(fun() -> erlang:module_loaded(1.0) end)),
    erlang:display(catch erlang:delete_module(1)),
    erlang:display(catch erlang:check_old_code(1)),
    ok.
