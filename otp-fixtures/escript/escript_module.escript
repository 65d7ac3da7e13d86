#!/usr/bin/env escript
%% An escript declaring its own module and exports, calling itself by module name, with an
%% include_lib record
-module(fx_script_mod).
-export([main/1, helper/1]).
-include_lib("kernel/include/file.hrl").
main(_) ->
    io:format("~p~n", [?MODULE]),
    io:format("~p~n", [catch fx_script_mod:helper(2)]),
    io:format("~p~n", [helper(3)]),
    {ok, Info} = file:read_file_info("/"),
    io:format("~p~n", [Info#file_info.type]),
    io:format("~p~n", [is_record(Info, file_info)]).
helper(N) -> N * 100.
