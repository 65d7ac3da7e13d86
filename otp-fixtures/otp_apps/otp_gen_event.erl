%% gen_event: a manager with two handlers, notify/sync_notify, call to one handler,
%% which_handlers, swap_handler, delete_handler with terminate's return value, a handler
%% removed after crashing (its report filtered by level), and stop
-module(otp_gen_event).
-behaviour(gen_event).
-export([main/0]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
main() ->
    {ok, _} = gen_event:start({local, fx_events}),
    ok = gen_event:add_handler(fx_events, {?MODULE, one}, one),
    ok = gen_event:add_handler(fx_events, {?MODULE, two}, two),
    io:format("~p~n", [gen_event:add_handler(fx_events, {?MODULE, bad}, fail)]),
    io:format("~p~n", [lists:sort(gen_event:which_handlers(fx_events))]),
    gen_event:notify(fx_events, hello),
    ok = gen_event:sync_notify(fx_events, world),
    io:format("~p~n", [gen_event:call(fx_events, {?MODULE, one}, count)]),
    io:format("~p~n", [gen_event:call(fx_events, {?MODULE, two}, count)]),
    io:format("~p~n", [gen_event:call(fx_events, {?MODULE, nope}, count)]),
    fx_events ! an_info,
    ok = gen_event:swap_handler(fx_events, {{?MODULE, one}, swapped}, {{?MODULE, three}, extra}),
    io:format("~p~n", [lists:sort(gen_event:which_handlers(fx_events))]),
    io:format("~p~n", [gen_event:call(fx_events, {?MODULE, three}, count)]),
    logger:set_primary_config(level, none),
    ok = gen_event:sync_notify(fx_events, crash_two),
    io:format("~p~n", [lists:sort(gen_event:which_handlers(fx_events))]),
    io:format("~p~n", [gen_event:delete_handler(fx_events, {?MODULE, three}, bye)]),
    io:format("~p~n", [gen_event:delete_handler(fx_events, {?MODULE, three}, bye)]),
    ok = gen_event:stop(fx_events),
    io:format("stopped~n").
init(fail) -> {error, no_init};
init({swapped_in, Arg}) -> io:format("swap init ~p~n", [Arg]), {ok, {three, 100}};
init(Name) -> io:format("init ~p~n", [Name]), {ok, {Name, 0}}.
handle_event(crash_two, {two, _}) -> erlang:error(crash_two);
handle_event(Event, {Name, N}) -> io:format("~p got ~p~n", [Name, Event]), {ok, {Name, N + 1}}.
handle_call(count, {Name, N} = S) -> {ok, {Name, N}, S}.
handle_info(Info, {Name, _} = S) -> io:format("~p info ~p~n", [Name, Info]), {ok, S}.
terminate(swapped, {Name, N}) -> io:format("~p swapped out~n", [Name]), {swapped_in, N};
terminate(Arg, {Name, N}) -> io:format("terminate ~p ~p~n", [Name, element(1, {Arg})]), {Name, N, done}.
