-module(proc_system_info).
-export([main/0, err/1]).

main() ->
    S = erlang:system_info(schedulers),
    erlang:display(is_integer(S) andalso S >= 1),
    erlang:display(erlang:system_info(schedulers_online) =:= S),
    erlang:display(is_integer(erlang:system_info(logical_processors))),
    erlang:display(erlang:system_info(process_limit)),
    C0 = erlang:system_info(process_count),
    Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 100)],
    erlang:display(erlang:system_info(process_count) - C0),
    [P ! stop || P <- Ps],
    receive after 50 -> ok end,
    erlang:display(erlang:system_info(process_count) - C0),
    erlang:display(length(processes()) =:= erlang:system_info(process_count)),
    erlang:display(lists:member(self(), processes())),
    erlang:display(err(fun() -> erlang:system_info(no_such_item_xyz) end)),
    erlang:display(erlang:system_info(wordsize)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
