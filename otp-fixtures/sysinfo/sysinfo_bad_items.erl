%% system_info/system_flag: items erl 25 does not know.
-module(sysinfo_bad_items).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(halt_flush_timeout) end)),
    erlang:display(t(fun() -> erlang:system_info(async_dist) end)),
    erlang:display(t(fun() -> erlang:system_info(reduction_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(persistent_term) end)),
    erlang:display(t(fun() -> erlang:system_info(otp_correction_package) end)),
    erlang:display(t(fun() -> erlang:system_info(dirty_io_schedulers_online) end)),
    erlang:display(t(fun() -> erlang:system_info(purify) end)),
    erlang:display(t(fun() -> erlang:system_info(hipe_architecture) end)),
    erlang:display(t(fun() -> erlang:system_info('Version') end)),
    erlang:display(t(fun() -> erlang:system_info({allocator, no_such_alloc}) end)),
    ok.
