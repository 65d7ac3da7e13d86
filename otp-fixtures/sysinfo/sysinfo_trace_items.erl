%% system_info/system_flag: tracing and debugging items.
-module(sysinfo_trace_items).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(trace_control_word) end)),
    erlang:display(t(fun() -> erlang:system_info(sequential_tracer) end)),
    erlang:display(t(fun() -> erlang:system_info(dynamic_trace) end)),
    erlang:display(t(fun() -> erlang:system_info(dynamic_trace_probes) end)),
    erlang:display(t(fun() -> erlang:system_info(debug_compiled) end)),
    erlang:display(t(fun() -> erlang:system_info(lock_checking) end)),
    erlang:display(t(fun() -> erlang:system_info(lock_counting) end)),
    erlang:display(t(fun() -> erlang:system_info(modified_timing_level) end)),
    ok.
