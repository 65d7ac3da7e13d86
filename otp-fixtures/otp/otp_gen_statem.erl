-module(otp_gen_statem).
-behaviour(gen_statem).
-export([main/0, init/1, callback_mode/0, locked/3, open/3]).

callback_mode() -> state_functions.

init(Code) -> {ok, locked, #{code => Code, entered => []}}.

locked({call, From}, {button, Digits}, #{code := Code} = D) ->
    case Digits =:= Code of
        true -> {next_state, open, D, [{reply, From, opened}, {state_timeout, 50, lock}]};
        false -> {keep_state, D, [{reply, From, wrong}]}
    end;
locked({call, From}, state, D) -> {keep_state, D, [{reply, From, locked}]}.

open(state_timeout, lock, D) -> {next_state, locked, D};
open({call, From}, state, D) -> {keep_state, D, [{reply, From, open}]};
open({call, From}, {button, _}, D) -> {keep_state, D, [{reply, From, already_open}]}.

main() ->
    {ok, Pid} = gen_statem:start_link(?MODULE, [1, 2, 3], []),
    io:format("~p~n", [gen_statem:call(Pid, state)]),
    io:format("~p~n", [gen_statem:call(Pid, {button, [3, 2, 1]})]),
    io:format("~p~n", [gen_statem:call(Pid, {button, [1, 2, 3]})]),
    io:format("~p~n", [gen_statem:call(Pid, state)]),
    io:format("~p~n", [gen_statem:call(Pid, {button, [1]})]),
    timer:sleep(150),
    io:format("~p~n", [gen_statem:call(Pid, state)]),
    io:format("~p~n", [gen_statem:stop(Pid)]),
    ok.
