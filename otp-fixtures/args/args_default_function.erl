%% args: -s NAME
%% `-s M` alone calls M:start().
-module(args_default_function).
-export([start/0, main/0]).

start() -> erlang:display(default_start_called).

main() -> erlang:display(main_called).
