%% gen_server timeouts: an init timeout delivering 'timeout', a reply with a timeout, hibernate,
%% a call that times out on the client side (the exit reason's shape), and {continue, ...}
-module(otp_gs_timeout).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).
main() ->
    {ok, _} = gen_server:start({local, fx_slow}, ?MODULE, [], []),
    timer:sleep(50),
    io:format("~p~n", [gen_server:call(fx_slow, events)]),
    io:format("~p~n", [gen_server:call(fx_slow, arm)]),
    timer:sleep(50),
    io:format("~p~n", [gen_server:call(fx_slow, events)]),
    io:format("~p~n", [gen_server:call(fx_slow, sleep_hib)]),
    try gen_server:call(fx_slow, {sleep, 300}, 50) of
        R -> io:format("unexpected ~p~n", [R])
    catch exit:{timeout, {gen_server, call, [fx_slow, {sleep, 300}, 50]}} -> io:format("call timed out~n")
    end,
    timer:sleep(400),
    io:format("~p~n", [gen_server:call(fx_slow, events)]),
    ok = gen_server:stop(fx_slow, shutdown, 1000),
    io:format("stopped~n").
init([]) -> {ok, [init], {continue, first}}.
handle_continue(first, Ev) -> {noreply, [continue | Ev], 10}.
handle_call(events, _From, Ev) -> {reply, lists:reverse(Ev), Ev};
handle_call(arm, _From, Ev) -> {reply, armed, [arm | Ev], 10};
handle_call(sleep_hib, _From, Ev) -> {reply, hibernating, Ev, hibernate};
handle_call({sleep, T}, _From, Ev) -> timer:sleep(T), {reply, late, [slept | Ev]}.
handle_cast(_, Ev) -> {noreply, Ev}.
handle_info(timeout, Ev) -> {noreply, [timeout | Ev]};
handle_info(Other, Ev) -> {noreply, [{info, Other} | Ev]}.
