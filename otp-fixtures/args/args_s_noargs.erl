%% args: -s NAME start
%% `-s M F` without arguments calls F/0.
-module(args_s_noargs).
-export([start/0, start/1]).

start() -> erlang:display(start_0_called).

start(Args) -> erlang:display({start_1_called, Args}).
