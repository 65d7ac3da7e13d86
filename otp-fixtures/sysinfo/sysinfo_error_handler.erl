%% process_flag(error_handler, M) is per process, reported by process_info and inherited by
%% no one.
-module(sysinfo_error_handler).
-export([main/0]).

main() ->
    erlang:display(process_info(self(), error_handler)),
    erlang:display(process_flag(error_handler, my_handler)),
    erlang:display(process_info(self(), error_handler)),
    Self = self(),
    spawn(fun() -> Self ! {child, process_info(self(), error_handler)} end),
    erlang:display(receive {child, H} -> H end),
    erlang:display(process_flag(error_handler, error_handler)),
    erlang:display(catch process_flag(error_handler, "str")),
    erlang:display(lists:keyfind(error_handler, 1, process_info(self()))),
    ok.
