%% gen_server: start_link with a registered name, call, cast, info, multi-clause replies,
%% noreply with a later gen_server:reply, stop with terminate/2 called
-module(otp_gs_basic).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
main() ->
    {ok, Pid} = gen_server:start_link({local, fx_counter}, ?MODULE, 10, []),
    io:format("registered ~p~n", [whereis(fx_counter) =:= Pid]),
    {error, {already_started, P2}} = gen_server:start({local, fx_counter}, ?MODULE, 0, []),
    io:format("already started ~p~n", [P2 =:= Pid]),
    io:format("~p~n", [gen_server:call(fx_counter, get)]),
    ok = gen_server:cast(fx_counter, {add, 5}),
    fx_counter ! {add, 100},
    io:format("~p~n", [gen_server:call(fx_counter, get)]),
    io:format("~p~n", [gen_server:call(fx_counter, {later, 3})]),
    io:format("~p~n", [catch gen_server:call(fx_counter, unknown)]),
    io:format("~p~n", [gen_server:stop(fx_counter)]),
    io:format("~p~n", [whereis(fx_counter)]),
    io:format("~p~n", [catch gen_server:call(fx_counter, get)]).
init(N) ->
    io:format("init ~p~n", [N]),
    {ok, N}.
handle_call(get, _From, N) -> {reply, N, N};
handle_call({later, K}, From, N) ->
    spawn(fun() -> gen_server:reply(From, {replied_later, K * N}) end),
    {noreply, N};
handle_call(Other, _From, N) -> {reply, {unknown, Other}, N}.
handle_cast({add, K}, N) -> io:format("cast add ~p~n", [K]), {noreply, N + K}.
handle_info({add, K}, N) -> io:format("info add ~p~n", [K]), {noreply, N + K}.
terminate(Reason, N) -> io:format("terminate ~p ~p~n", [Reason, N]).
