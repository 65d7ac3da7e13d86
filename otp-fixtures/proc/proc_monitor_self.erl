%% A process monitoring itself (by pid or by registered name) gets a reference and nothing
%% else: no monitor is listed, no alias is made, demonitor says it was not active.
-module(proc_monitor_self).
-export([main/0]).

main() ->
    R1 = erlang:monitor(process, self()),
    erlang:display({is_ref, is_reference(R1)}),
    erlang:display(process_info(self(), monitors)),
    erlang:display(process_info(self(), monitored_by)),
    erlang:display({demonitor, erlang:demonitor(R1, [info])}),
    R2 = erlang:monitor(process, self(), [{alias, explicit_unalias}]),
    R2 ! through_alias,
    receive X -> erlang:display({got, X}) after 50 -> erlang:display(no_alias) end,
    erlang:display({unalias, unalias(R2)}),
    R3 = erlang:monitor(process, self(), [{alias, reply_demonitor}, {tag, t}]),
    R3 ! through_reply_alias,
    receive Y -> erlang:display({got, Y}) after 50 -> erlang:display(no_alias) end,
    register(myself, self()),
    R4 = erlang:monitor(process, myself),
    R5 = erlang:monitor(process, {myself, node()}, [{tag, t}]),
    erlang:display(process_info(self(), monitors)),
    erlang:display({demonitor_named, erlang:demonitor(R4, [info]), erlang:demonitor(R5, [info])}),
    erlang:display({demonitor_flush, erlang:demonitor(R3, [flush, info])}),
    ok.
