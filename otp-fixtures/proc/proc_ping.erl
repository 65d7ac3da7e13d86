-module(proc_ping).
-export([main/0, echo/0]).

echo() ->
    receive
        {From, stop} -> From ! stopped;
        {From, Msg} -> From ! {echo, Msg}, echo()
    end.

main() ->
    P = spawn(?MODULE, echo, []),
    [begin P ! {self(), I}, receive {echo, R} -> erlang:display(R) end end || I <- [1, two, "three", {4}, [5 | 6], 1.5, 1 bsl 70]],
    P ! {self(), stop},
    receive stopped -> erlang:display(stopped) end,
    {Q, QM} = spawn_monitor(fun() -> receive X -> erlang:display({got, X}) end end),
    Q ! hello,
    receive {'DOWN', QM, process, Q, normal} -> ok end,
    R = make_ref(),
    self() ! {R, 1},
    receive {R, V} -> erlang:display({ref_ok, V}) end,
    receive after 10 -> ok end,
    erlang:display(is_process_alive(P)),
    erlang:display(done).
