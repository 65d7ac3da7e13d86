%% args: -s NAME first -run NAME second x y -s NAME third Up down 7 -run NAME first
%% Several -s and -run flags run in order, each with its own arguments.
-module(args_sequence).
-export([first/0, second/1, third/1]).

first() -> erlang:display(first).

second(Args) -> erlang:display({second, Args}).

third(Args) -> erlang:display({third, Args, [atom_to_list(A) || A <- Args]}).
