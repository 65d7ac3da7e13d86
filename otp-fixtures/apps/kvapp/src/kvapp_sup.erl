-module(kvapp_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, kvapp_sup}, ?MODULE, []).
init([]) ->
    Store = #{id => kvapp_store, start => {kvapp_store, start_link, []}},
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10}, [Store]}}.
