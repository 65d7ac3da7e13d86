%% system_flag(system_logger, _): pids, logger and undefined are stored; others are refused.
-module(sysinfo_logger).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Old = erlang:system_flag(system_logger, self()),
    erlang:display(is_pid(Old) orelse is_atom(Old)),
    erlang:display(erlang:system_flag(system_logger, undefined) =:= self()),
    erlang:display(erlang:system_flag(system_logger, logger)),
    erlang:display(erlang:system_flag(system_logger, Old)),
    erlang:display(t(fun() -> erlang:system_flag(system_logger, foo) end)),
    erlang:display(t(fun() -> erlang:system_flag(system_logger, "x") end)),
    ok.
