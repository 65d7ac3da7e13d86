%% gen_statem with state_functions: a door lock with a code, state enter calls, a state_timeout,
%% postponed events, call/cast/info events, and stop with terminate/3
-module(otp_statem).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, locked/3, open/3, terminate/3]).
main() ->
    {ok, _} = gen_statem:start({local, fx_door}, ?MODULE, [1, 2, 3], []),
    [gen_statem:cast(fx_door, {button, B}) || B <- [1, 9, 1, 2, 3]],
    io:format("~p~n", [gen_statem:call(fx_door, state)]),
    io:format("~p~n", [gen_statem:call(fx_door, lock_now)]),
    timer:sleep(150),
    io:format("~p~n", [gen_statem:call(fx_door, state)]),
    fx_door ! hello,
    io:format("~p~n", [gen_statem:call(fx_door, state)]),
    ok = gen_statem:stop(fx_door),
    io:format("stopped~n").
callback_mode() -> [state_functions, state_enter].
init(Code) -> {ok, locked, #{code => Code, input => []}}.
locked(enter, _Old, Data) -> io:format("enter locked~n"), {keep_state, Data#{input := []}};
locked(cast, {button, B}, #{code := Code, input := In} = Data) ->
    Input = In ++ [B],
    case lists:prefix(Input, Code) of
        true when Input =:= Code -> {next_state, open, Data};
        true -> {keep_state, Data#{input := Input}};
        false -> io:format("wrong ~p~n", [Input]), {keep_state, Data#{input := []}}
    end;
locked({call, From}, state, Data) -> {keep_state_and_data, [{reply, From, {locked, maps:get(input, Data)}}]};
locked({call, _From}, lock_now, _Data) -> {keep_state_and_data, postpone};
locked(info, Msg, _Data) -> io:format("locked got ~p~n", [Msg]), keep_state_and_data.
open(enter, _Old, _Data) -> io:format("enter open~n"), {keep_state_and_data, [{state_timeout, 100, relock}]};
open(state_timeout, relock, Data) -> io:format("relock~n"), {next_state, locked, Data};
open({call, From}, state, _Data) -> {keep_state_and_data, [{reply, From, open}]};
open({call, From}, lock_now, Data) -> io:format("lock now~n"), {next_state, locked, Data, [{reply, From, locking}]};
open(cast, _, _) -> keep_state_and_data.
terminate(Reason, State, _Data) -> io:format("terminate ~p in ~p~n", [Reason, State]).
