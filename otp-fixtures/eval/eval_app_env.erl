%% args: -kernel fx_key fx_value -stdlib fx_num 42 -kernel fx_list "[1,2]" -fx_app fx_key hello
%% eval: io:format("~p~n", [application:get_env(kernel, fx_key)])
%% eval: io:format("~p~n", [application:get_env(stdlib, fx_num)])
%% eval: io:format("~p~n", [application:get_env(kernel, fx_list)])
%% eval: io:format("~p~n", [application:get_env(kernel, fx_none)])
%% eval: io:format("~p~n", [application:get_env(kernel, fx_none, dflt)])
%% eval: io:format("~p~n", [application:get_env(fx_app, fx_key)])
%% eval: io:format("~p~n", [init:get_argument(fx_app)])
%% eval: io:format("~p~n", [init:get_argument(kernel)])
%% -kernel and -stdlib application environment flags seen through application:get_env
-module(eval_app_env).
