-module(otp_application).
-export([main/0]).

main() ->
    io:format("~p~n", [lists:sort([A || {A, _, _} <- application:which_applications()])]),
    io:format("~p~n", [application:get_application(kernel)]),
    io:format("~p~n", [application:load(no_such_app)]),
    io:format("~p~n", [application:start(no_such_app)]),
    io:format("~p~n", [application:ensure_all_started(kernel)]),
    io:format("~p~n", [application:get_env(kernel, no_such_key)]),
    ok = application:set_env(kernel, girder_test_key, 42),
    io:format("~p~n", [application:get_env(kernel, girder_test_key)]),
    io:format("~p~n", [application:get_key(stdlib, vsn) =/= undefined]),
    io:format("~p~n", [application:load(sasl)]),
    io:format("~p~n", [application:load(sasl)]),
    io:format("~p~n", [lists:member(sasl, [A || {A, _, _} <- application:loaded_applications()])]),
    io:format("~p~n", [application:unload(sasl)]),
    ok.
