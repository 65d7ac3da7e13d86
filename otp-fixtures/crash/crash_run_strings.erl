%% args: -run NAME start one two
%% -run passes its arguments as strings; the start function crashes with them in the reason.
-module(crash_run_strings).
-export([start/1]).

start(Args) ->
    erlang:display(Args),
    erlang:error({got_strings, Args}).
