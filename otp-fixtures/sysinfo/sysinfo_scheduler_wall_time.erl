%% scheduler_wall_time through system_flag and erts_internal: the flag's old value and the
%% shape of the statistics while it is on.
-module(sysinfo_scheduler_wall_time).
-export([main/0]).

main() ->
    erlang:display(erlang:statistics(scheduler_wall_time)),
    erlang:display(erlang:system_flag(scheduler_wall_time, true)),
    L = erlang:statistics(scheduler_wall_time),
    N = erlang:system_info(schedulers),
    erlang:display(length(L) =:= 2 * N),
    erlang:display(lists:sort([I || {I, _, _} <- L]) =:= lists:seq(1, 2 * N)),
    erlang:display(lists:all(fun({_, A, T}) -> is_integer(A) andalso is_integer(T) andalso A >= 0 andalso A =< T end, L)),
    All = erlang:statistics(scheduler_wall_time_all),
    erlang:display(lists:sort([I || {I, _, _} <- All]) =:= lists:seq(1, length(All))),
    erlang:display(erts_internal:scheduler_wall_time(false)),
    erlang:display(erlang:statistics(scheduler_wall_time)),
    erlang:display(erlang:system_flag(scheduler_wall_time, false)),
    erlang:display(catch erts_internal:scheduler_wall_time(x)),
    ok.
