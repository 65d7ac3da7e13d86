%% args: -args_file otp-fixtures/eval/eval_args_file.args -fx_after x
%% eval: io:format("~p~n", [init:get_argument(fx_from_file)])
%% eval: io:format("~p~n", [application:get_env(kernel, fx_af_key)])
%% eval: io:format("~p~n", [init:get_argument(fx_quoted)])
%% eval: io:format("~p~n", [init:get_argument(fx_multi)])
%% eval: io:format("~p~n", [init:get_argument(fx_after)])
%% eval: io:format("~p~n", [init:get_argument(args_file)])
%% -args_file: flags read from a file, with comments, quotes, backslashes and a quoted newline,
%% including an -eval of its own
-module(eval_args_file).
