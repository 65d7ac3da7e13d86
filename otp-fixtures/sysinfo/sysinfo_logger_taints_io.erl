%% system_info(system_logger) names the logger process, taints is empty with no NIF library
%% loaded, and check_io describes poll sets with erl's items.
-module(sysinfo_logger_taints_io).
-export([main/0]).

main() ->
    Logger = erlang:system_info(system_logger),
    erlang:display(is_pid(Logger)),
    erlang:display(Logger =:= whereis(logger)),
    erlang:display(erlang:system_info(taints)),
    Sets = erlang:system_info(check_io),
    erlang:display(is_list(Sets) andalso Sets =/= []),
    Keys = [name, primary, kernel_poll, memory_size, total_poll_set_size, lazy_updates,
            pending_updates, batch_updates, concurrent_updates, fallback, max_fds,
            active_fds, poll_threads],
    erlang:display(lists:all(fun(S) -> [K || {K, _} <- S] =:= Keys end, Sets)),
    Epoll = [S || S <- Sets, proplists:get_value(kernel_poll, S) =:= epoll],
    erlang:display(Epoll =/= []),
    erlang:display(lists:all(fun(S) -> is_integer(proplists:get_value(max_fds, S)) end, Sets)),
    Old = erlang:system_flag(system_logger, undefined),
    erlang:display(Old =:= Logger),
    erlang:display(erlang:system_info(system_logger)),
    erlang:display(erlang:system_flag(system_logger, Logger)),
    erlang:display(erlang:system_info(system_logger) =:= Logger),
    ok.
