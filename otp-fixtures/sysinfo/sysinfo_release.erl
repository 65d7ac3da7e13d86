%% system_info/system_flag: release facts.
-module(sysinfo_release).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(otp_release) end)),
    erlang:display(t(fun() -> erlang:system_info(version) end)),
    erlang:display(t(fun() -> erlang:system_info(compat_rel) end)),
    erlang:display(t(fun() -> erlang:system_info(driver_version) end)),
    erlang:display(t(fun() -> erlang:system_info(nif_version) end)),
    erlang:display(t(fun() -> erlang:system_info(machine) end)),
    erlang:display(t(fun() -> erlang:system_info(build_type) end)),
    erlang:display(t(fun() -> erlang:system_info(emu_type) end)),
    ok.
