%% eval: io:format("eval first~n")
%% args: -s NAME show a b -run NAME show_strings x "y z" -s NAME show
%% eval: io:format("eval last~n")
%% -eval, -s and -run flags mixed: each runs in command-line order with its arguments
-module(eval_s_run).
-export([show/0, show/1, show_strings/1]).
show() -> io:format("show/0~n").
show(Args) -> io:format("show/1 ~p~n", [Args]).
show_strings(Args) -> io:format("show_strings ~p~n", [Args]).
