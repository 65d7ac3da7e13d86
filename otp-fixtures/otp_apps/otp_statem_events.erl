%% gen_statem with handle_event_function: complex states, generic timeouts, event timeouts
%% cancelled by events, next_event insertion, and a crash giving the call's exit
-module(otp_statem_events).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, handle_event/4]).
main() ->
    {ok, Pid} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [gen_statem:call(Pid, get)]),
    gen_statem:cast(Pid, {push, [a, b, c]}),
    io:format("~p~n", [gen_statem:call(Pid, get)]),
    io:format("~p~n", [gen_statem:call(Pid, {arm, 30})]),
    timer:sleep(80),
    io:format("~p~n", [gen_statem:call(Pid, get)]),
    io:format("~p~n", [gen_statem:call(Pid, {idle_after, 40})]),
    io:format("~p~n", [gen_statem:call(Pid, get)]),
    timer:sleep(80),
    io:format("~p~n", [gen_statem:call(Pid, get)]),
    Ref = monitor(process, Pid),
    logger:set_primary_config(level, none),
    try gen_statem:call(Pid, crash) of
        V -> io:format("unexpected ~p~n", [V])
    catch exit:{Reason, {gen_statem, call, [_, crash, infinity]}} -> io:format("call exit ~p~n", [element(1, Reason)])
    end,
    receive {'DOWN', Ref, process, Pid, R} -> io:format("down ~p~n", [element(1, R)]) end.
callback_mode() -> handle_event_function.
init([]) -> {ok, {count, 0}, []}.
handle_event({call, From}, get, State, Log) ->
    {keep_state_and_data, [{reply, From, {State, lists:reverse(Log)}}]};
handle_event(cast, {push, Items}, {count, N}, Log) ->
    {next_state, {count, N + 1}, Log, [{next_event, internal, {item, I}} || I <- Items]};
handle_event(internal, {item, I}, _State, Log) -> {keep_state, [I | Log]};
handle_event({call, From}, {arm, T}, _State, Log) ->
    {keep_state, Log, [{reply, From, armed}, {{timeout, ring}, T, bell}]};
handle_event({timeout, ring}, bell, {count, N}, Log) -> {next_state, {count, N * 10}, [rang | Log]};
handle_event({call, From}, {idle_after, T}, _State, Log) ->
    {keep_state, Log, [{reply, From, idle_set}, {timeout, T, idle}]};
handle_event(timeout, idle, _State, Log) -> {keep_state, [idle | Log]};
handle_event({call, _From}, crash, _State, _Log) -> erlang:error(deliberate).
