%% sys on a gen_server: get_state, replace_state, suspend (a call then times out), resume,
%% change_code while suspended, sys:get_status's shape, and sys calls to a plain process failing
-module(otp_sys).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3, format_status/2]).
main() ->
    {ok, Pid} = gen_server:start({local, fx_sys}, ?MODULE, #{n => 1}, []),
    io:format("~p~n", [sys:get_state(fx_sys)]),
    io:format("~p~n", [sys:replace_state(fx_sys, fun(S) -> S#{n := 2, extra => yes} end)]),
    io:format("~p~n", [gen_server:call(fx_sys, get)]),
    ok = sys:suspend(fx_sys),
    try gen_server:call(fx_sys, get, 100) of
        V -> io:format("unexpected ~p~n", [V])
    catch exit:{timeout, _} -> io:format("call timed out while suspended~n")
    end,
    io:format("~p~n", [sys:change_code(fx_sys, ?MODULE, "old", upgrade_extra)]),
    ok = sys:resume(fx_sys),
    timer:sleep(20),
    io:format("~p~n", [gen_server:call(fx_sys, get)]),
    {status, Pid, {module, gen_server}, [_PDict, SysState, Parent, _Dbg, Misc]} = sys:get_status(fx_sys),
    io:format("~p ~p~n", [SysState, Parent =:= self()]),
    io:format("~p~n", [[[K || {K, _} <- D] || {data, D} <- Misc]]),
    io:format("~p~n", [sys:get_state(fx_sys, 1000)]),
    Plain = spawn(fun() -> receive stop -> ok end end),
    io:format("~p~n", [catch element(1, element(2, catch sys:get_state(Plain, 100)))]),
    Plain ! stop,
    ok = gen_server:stop(fx_sys),
    io:format("~p~n", [catch sys:get_state(fx_sys)]).
init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
code_change(Old, S, Extra) -> io:format("code_change ~p ~p~n", [Old, Extra]), {ok, S#{upgraded => true}}.
format_status(_Opt, [_PDict, S]) -> [{data, [{"State", maps:size(S)}]}].
