%% system_monitor/0,1,2 and system_profile/0,2: settings stored and reported in erl's order.
-module(bif2_system_monitor).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
main() ->
  S = self(),
  [erlang:display(t(F)) || F <- [
    fun() -> erlang:system_monitor() end,
    fun() -> erlang:system_monitor(S, [busy_port, {long_gc, 100}]) =:= undefined end,
    fun() -> {P, O} = erlang:system_monitor(), {P =:= S, O} end,
    fun() -> {P, O} = erlang:system_monitor({S, [{long_schedule, 10}, busy_dist_port]}), {P =:= S, O} end,
    fun() -> {P, O} = erlang:system_monitor(undefined), {P =:= S, O} end,
    fun() -> erlang:system_monitor() end,
    fun() -> erlang:system_monitor(S, [foo]) end,
    fun() -> erlang:system_monitor(S, [{long_gc, -1}]) end,
    fun() -> erlang:system_monitor(foo, []) end,
    fun() -> erlang:system_monitor(S, []) end,
    fun() -> erlang:system_monitor() end,
    fun() -> erlang:system_profile() end,
    fun() -> erlang:system_profile(S, [runnable_procs, scheduler]) end,
    fun() -> {P, O} = erlang:system_profile(), {P =:= S, O} end,
    fun() -> {P, O} = erlang:system_profile(undefined, []), {P =:= S, O} end,
    fun() -> erlang:system_profile(S, [foo]) end,
    fun() -> erlang:system_profile() end
  ]].
