-module(kvapp_store).
-behaviour(gen_server).
-export([start_link/0, put/2, get/1, crash/0, init/1, handle_call/3, handle_cast/2]).
start_link() -> gen_server:start_link({local, kvapp_store}, ?MODULE, [], []).
put(K, V) -> gen_server:call(kvapp_store, {put, K, V}).
get(K) -> gen_server:call(kvapp_store, {get, K}).
crash() -> gen_server:cast(kvapp_store, crash).
init([]) -> {ok, #{}}.
handle_call({put, K, V}, _From, S) ->
    {ok, Limit} = application:get_env(kvapp, limit),
    case map_size(S) < Limit of
        true -> {reply, ok, S#{K => V}};
        false -> {reply, {error, full}, S}
    end;
handle_call({get, K}, _From, S) -> {reply, maps:find(K, S), S}.
handle_cast(crash, S) -> {stop, deliberate, S}.
