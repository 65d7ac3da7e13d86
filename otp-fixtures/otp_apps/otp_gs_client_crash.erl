%% gen_server crashes seen by a registered caller: the "terminating" error report with the last
%% message, the state and the client's stack trace, a bad return value, {stop, ...} with a
%% reply, and the warnings for an unexpected info message (crash reports filtered out)
-module(otp_gs_client_crash).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, drop/2]).
main() ->
    ok = logger:add_primary_filter(fx, {fun ?MODULE:drop/2, []}),
    register(fx_client, self()),
    {ok, _} = gen_server:start({local, fx_srv}, ?MODULE, [], []),
    R = (catch gen_server:call(fx_srv, {crash, [1, 2]})),
    timer:sleep(100),
    io:format("~p~n", [element(1, element(2, R))]),
    {ok, _} = gen_server:start({local, fx_srv2}, ?MODULE, [], []),
    R2 = (catch gen_server:call(fx_srv2, bad_reply)),
    timer:sleep(100),
    io:format("~p~n", [element(1, element(2, R2))]),
    {ok, _} = gen_server:start({local, fx_srv3}, ?MODULE, [], []),
    R3 = (catch gen_server:call(fx_srv3, stop_me)),
    timer:sleep(100),
    io:format("~p~n", [R3]),
    {ok, _} = gen_server:start({local, fx_srv4}, ?MODULE, [], []),
    fx_srv4 ! unexpected_info,
    gen_server:cast(fx_srv4, unknown_cast),
    timer:sleep(100),
    io:format("end~n").
drop(#{msg := {report, #{label := {proc_lib, crash}}}}, _) -> stop;
drop(E, _) -> E.
init([]) -> {ok, #{state => 1}}.
handle_call({crash, L}, _From, S) -> {reply, lists:nth(10, L), S};
handle_call(bad_reply, _From, _S) -> what;
handle_call(stop_me, _From, S) -> {stop, {shutdown, asked}, stopped, S}.
handle_cast(_, S) -> {noreply, S}.
