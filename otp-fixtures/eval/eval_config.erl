%% args: -config otp-fixtures/eval/eval_config -kernel fx_overridden command_line
%% eval: io:format("~p~n", [application:get_env(kernel, fx_cfg_key)])
%% eval: io:format("~p~n", [application:get_env(kernel, fx_overridden)])
%% eval: io:format("~p~n", [application:get_env(stdlib, fx_list)])
%% eval: io:format("~p~n", [application:get_env(fx_unloaded_app, a)])
%% eval: io:format("~p~n", [init:get_argument(config)])
%% -config with a sys.config file (named without its extension): application environment from
%% it, a -kernel flag taking precedence, and an application that is not loaded
-module(eval_config).
