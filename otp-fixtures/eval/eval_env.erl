%% env: FX_SET=hello FX_EMPTY= -FX_UNSET
%% args: -env FX_FLAG from_flag
%% eval: io:format("~p~n", [os:getenv("FX_SET")])
%% eval: io:format("~p~n", [os:getenv("FX_EMPTY")])
%% eval: io:format("~p~n", [os:getenv("FX_UNSET")])
%% eval: io:format("~p~n", [os:getenv("FX_UNSET", "default")])
%% eval: io:format("~p~n", [os:getenv("FX_FLAG")])
%% eval: os:putenv("FX_NEW", "v1"), io:format("~p~n", [os:getenv("FX_NEW")])
%% eval: os:unsetenv("FX_SET"), io:format("~p~n", [os:getenv("FX_SET")])
%% eval: io:format("~p~n", [lists:sort([E || "FX_" ++ _ = E <- os:getenv()])])
%% Environment variables: set by the caller, by -env, and changed with os:putenv/unsetenv
-module(eval_env).
