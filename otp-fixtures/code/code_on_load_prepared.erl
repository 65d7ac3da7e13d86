%% Prepared code with an on_load function: has_prepared_code_on_load/1, finish_loading/1
%% answers {on_load, [M]}, and a list with such code and other code is refused.
-module(code_on_load_prepared).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    P = erlang:prepare_loading(cl_onload_ok, ?CL_ONLOAD_OK),
    Q = erlang:prepare_loading(cl_ver, ?CL_VER_V1),
    erlang:display({erlang:has_prepared_code_on_load(P), erlang:has_prepared_code_on_load(Q)}),
    erlang:display(e(fun() -> erlang:finish_loading([P, Q]) end)),
    erlang:display(e(fun() -> erlang:finish_loading([Q, P]) end)),
    erlang:display(erlang:module_loaded(cl_ver)),
    erlang:display(erlang:finish_loading([P])),
    erlang:display(erlang:has_prepared_code_on_load(P)),
    erlang:display(e(fun() -> erlang:finish_loading([P]) end)),
    erlang:display(erlang:call_on_load_function(cl_onload_ok)),
    erlang:display(erlang:finish_after_on_load(cl_onload_ok, true)),
    erlang:display(cl_onload_ok:f()),
    erlang:display(erlang:finish_loading([Q])),
    erlang:display(cl_ver:version()),
    ok.
