%% Crash reports of gen_statem (a crash in a state callback, a bad return from one) and of
%% gen_event handlers (a plain handler removed, a supervised one whose owner gets
%% gen_event_EXIT), as the default handler prints them (crash reports filtered out)
-module(otp_statem_event_crash).
-behaviour(gen_statem).
-export([main/0, init/1, callback_mode/0, handle_event/4, drop/2]).
-export([handle_event/2, handle_call/2]).
main() ->
    ok = logger:add_primary_filter(fx, {fun ?MODULE:drop/2, []}),
    register(fx_client, self()),
    {ok, _} = gen_statem:start({local, fx_st}, ?MODULE, [], []),
    gen_statem:cast(fx_st, {go, 1}),
    Ref = monitor(process, whereis(fx_st)),
    gen_statem:cast(fx_st, crash),
    receive {'DOWN', Ref, process, _, Reason} -> ok end,
    timer:sleep(100),
    io:format("~p~n", [element(1, Reason)]),
    {ok, _} = gen_statem:start({local, fx_st2}, ?MODULE, [], []),
    fx_st2 ! bad_info,
    timer:sleep(100),
    {ok, _} = gen_event:start({local, fx_ev}),
    ok = gen_event:add_handler(fx_ev, {?MODULE, h1}, handler),
    gen_event:notify(fx_ev, crash),
    timer:sleep(100),
    io:format("~p~n", [gen_event:which_handlers(fx_ev)]),
    ok = gen_event:add_sup_handler(fx_ev, {?MODULE, h2}, handler),
    gen_event:notify(fx_ev, crash),
    receive M -> ok after 500 -> M = none end,
    timer:sleep(100),
    io:format("~p~n", [element(1, M)]),
    io:format("end~n").
drop(#{msg := {report, #{label := {proc_lib, crash}}}}, _) -> stop;
drop(E, _) -> E.
callback_mode() -> handle_event_function.
init([]) -> {ok, idle, #{n => 0}};
init(handler) -> {ok, []}.
handle_event(cast, {go, N}, idle, D) -> {next_state, {running, N}, D};
handle_event(cast, crash, _, _) -> erlang:error({deliberate, crash});
handle_event(info, bad_info, _, _) -> bad_return.

handle_event(crash, _) -> erlang:error(handler_crash).
handle_call(_, S) -> {ok, ok, S}.
