%% args: -run NAME start
%% `-run M F` without arguments calls F/0 as well.
-module(args_run_noargs).
-export([start/0, start/1]).

start() -> erlang:display(start_0_called).

start(Args) -> erlang:display({start_1_called, Args}).
