%% prepare_loading/2 gives a reference; finish_loading/1 uses it once.
-module(code_prepare_finish).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    R = erlang:prepare_loading(cl_ver, ?CL_VER_V1),
    erlang:display(is_reference(R)),
    erlang:display(erlang:module_loaded(cl_ver)),
    erlang:display(erlang:has_prepared_code_on_load(R)),
    erlang:display(erlang:finish_loading([R])),
    erlang:display(cl_ver:version()),
    erlang:display(e(fun() -> erlang:finish_loading([R]) end)),
    erlang:display(erlang:finish_loading([])),
    erlang:display(e(fun() -> erlang:finish_loading(R) end)),
    erlang:display(e(fun() -> erlang:finish_loading([foo]) end)),
    erlang:display(e(fun() -> erlang:finish_loading([make_ref()]) end)),
    R2 = erlang:prepare_loading(cl_ver, ?CL_VER_V2),
    erlang:display(e(fun() -> erlang:finish_loading([R2 | R2]) end)),
    erlang:display(erlang:finish_loading([R2])),
    erlang:display(cl_ver:version()),
    erlang:display(e(fun() -> erlang:prepare_loading(cl_ver, not_binary) end)),
    erlang:display(e(fun() -> erlang:prepare_loading(3, <<>>) end)),
    erlang:display(e(fun() -> erlang:prepare_loading(cl_ver, <<>>) end)),
    ok.
