-module(proc_exit_reasons).
-export([main/0]).

%% The exit reason a monitor sees for each way a process can end.
down(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, Why} -> Why end.

main() ->
    erlang:display(down(fun() -> ok end)),
    erlang:display(down(fun() -> exit(normal) end)),
    erlang:display(down(fun() -> exit(shutdown) end)),
    erlang:display(down(fun() -> exit({shutdown, reason}) end)),
    erlang:display(down(fun() -> exit([1, 2, 3]) end)),
    erlang:display(down(fun() -> exit(42) end)),
    erlang:display(down(fun() -> exit(<<"bin">>) end)),
    erlang:display(down(fun() -> exit(self(), kill), receive after infinity -> ok end end)),
    erlang:display(down(fun() -> exit(kill) end)),
    erlang:display(down(fun() -> exit({nested, {deep, [a, {b}]}}) end)),
    erlang:display(down(fun() -> catch exit(caught), exit(after_catch) end)),
    erlang:display(down(fun() -> try exit(inner) catch exit:inner -> exit(rethrown) end end)),
    ok.
