-module(fxbase_server).
-behaviour(gen_server).
-export([start_link/0, colour/0]).
-export([init/1, handle_call/3, handle_cast/2, terminate/2]).
start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).
colour() -> gen_server:call(?MODULE, colour).
init([]) ->
    process_flag(trap_exit, true),
    {ok, Colour} = application:get_env(colour),
    {ok, Colour}.
handle_call(colour, _From, C) -> {reply, C, C}.
handle_cast(_, C) -> {noreply, C}.
terminate(Reason, _) -> io:format("fxbase_server terminate ~p~n", [Reason]).
