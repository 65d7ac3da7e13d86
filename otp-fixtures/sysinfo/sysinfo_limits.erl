%% system_info/system_flag: limits.
-module(sysinfo_limits).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(atom_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(process_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(port_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(ets_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(atom_count) < erlang:system_info(atom_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(process_count) =< erlang:system_info(process_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(port_count) =< erlang:system_info(port_limit) end)),
    ok.
