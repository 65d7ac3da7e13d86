-module(otp_proc_lib).
-export([main/0, init/1]).

init(Parent) ->
    proc_lib:init_ack(Parent, {ok, self()}),
    receive {From, get_initial_call} -> From ! {initial, proc_lib:initial_call(self())} end,
    receive {From2, translate} -> From2 ! {translated, proc_lib:translate_initial_call(self())} end.

main() ->
    {ok, Pid} = proc_lib:start_link(?MODULE, init, [self()]),
    Pid ! {self(), get_initial_call},
    receive {initial, I} -> io:format("initial: ~p~n", [I]) end,
    Pid ! {self(), translate},
    receive {translated, T} -> io:format("translated: ~p~n", [T]) end,
    R = proc_lib:start(?MODULE, nonexistent, [], 500),
    io:format("bad start: ~p~n", [element(1, R)]),
    P2 = proc_lib:spawn(fun() -> receive stop -> ok end end),
    io:format("dict: ~p~n", [lists:keymember('$ancestors', 1, element(2, process_info(P2, dictionary)))]),
    P2 ! stop,
    ok.
