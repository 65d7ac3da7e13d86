-module(otp_gen_server).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call({add, K}, _From, N) -> {reply, ok, N + K};
handle_call(slow, From, N) -> spawn(fun() -> gen_server:reply(From, late_reply) end), {noreply, N};
handle_call(stop, _From, N) -> {stop, normal, stopped, N}.

handle_cast({set, K}, _N) -> {noreply, K}.

handle_info({ping, Pid}, N) -> Pid ! {pong, N}, {noreply, N}.

terminate(Reason, N) -> io:format("terminate ~p with state ~p~n", [Reason, N]).

main() ->
    {ok, Pid} = gen_server:start_link({local, counter}, ?MODULE, 10, []),
    io:format("registered: ~p~n", [whereis(counter) =:= Pid]),
    io:format("get: ~p~n", [gen_server:call(counter, get)]),
    io:format("add: ~p~n", [gen_server:call(counter, {add, 5})]),
    io:format("get: ~p~n", [gen_server:call(Pid, get)]),
    ok = gen_server:cast(counter, {set, 100}),
    io:format("after cast: ~p~n", [gen_server:call(counter, get)]),
    counter ! {ping, self()},
    receive {pong, V} -> io:format("pong ~p~n", [V]) end,
    io:format("slow: ~p~n", [gen_server:call(counter, slow)]),
    io:format("timeout: ~p~n", [catch gen_server:call(counter, slow, 0) =:= x]),
    io:format("start again: ~p~n",
              [element(1, gen_server:start({local, counter}, ?MODULE, 0, []))]),
    io:format("already: ~p~n", [gen_server:start({local, counter}, ?MODULE, 0, []) =:=
                                 {error, {already_started, Pid}}]),
    io:format("stop: ~p~n", [gen_server:call(counter, stop)]),
    io:format("gone: ~p~n", [whereis(counter)]),
    io:format("noproc: ~p~n", [element(1, catch gen_server:call(counter, get))]),
    ok.
