%% finish_loading/1 over several modules: all of them, or none when one is not purged.
-module(code_finish_atomic).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    A1 = erlang:prepare_loading(cl_ver, ?CL_VER_V1),
    B1 = erlang:prepare_loading(cl_spin, ?CL_SPIN_V1),
    erlang:display(erlang:finish_loading([A1, B1])),
    erlang:display({cl_ver:version(), cl_spin:version()}),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    %% cl_ver has old code now: neither module changes.
    A3 = erlang:prepare_loading(cl_ver, ?CL_VER_V3),
    B2 = erlang:prepare_loading(cl_spin, ?CL_SPIN_V2),
    erlang:display(erlang:finish_loading([B2, A3])),
    erlang:display({cl_ver:version(), cl_spin:version()}),
    erlang:display(erlang:check_old_code(cl_spin)),
    %% The same module twice is refused.
    A3b = erlang:prepare_loading(cl_ver, ?CL_VER_V3),
    erlang:display(e(fun() -> erlang:finish_loading([A3, A3b]) end)),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:finish_loading([B2, A3])),
    erlang:display({cl_ver:version(), cl_spin:version()}),
    erlang:display({erlang:check_old_code(cl_ver), erlang:check_old_code(cl_spin)}),
    ok.
