%% A process blocked reading a FIFO nobody writes yet does not stall the others (the read runs
%% on a dirty I/O thread, even with one scheduler): ten processes exchange messages and a timer fires meanwhile, then
%% the FIFO is written and the reader gets the data and eof.
%% mkfifo: fifo
%% args: +S 1 -s NAME main
-module(file_fifo_dirty).
-export([main/0]).

main() ->
    Self = self(),
    Reader = spawn(fun() ->
                           {ok, F} = prim_file:open("fifo", [read, binary]),
                           R1 = prim_file:read(F, 100),
                           R2 = prim_file:read(F, 100),
                           ok = prim_file:close(F),
                           Self ! {read, R1, R2}
                   end),
    %% Others keep running while the reader waits in open/read.
    Pids = [spawn(fun() -> pinger(Self, N, 200) end) || N <- lists:seq(1, 10)],
    Counts = [receive {done, P, C} -> C end || P <- Pids],
    erlang:display({pingers_done, Counts}),
    receive after 100 -> ok end,
    erlang:display({reader_still_waiting, is_process_alive(Reader)}),
    {ok, W} = prim_file:open("fifo", [write, binary]),
    ok = prim_file:write(W, <<"through the pipe">>),
    ok = prim_file:close(W),
    receive {read, R1, R2} -> erlang:display({R1, R2}) end,
    ok.

pinger(Parent, _N, 0) -> Parent ! {done, self(), 0};
pinger(Parent, N, K) ->
    Me = self(),
    Echo = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    Echo ! {ping, Me},
    receive pong -> ok end,
    case K of
        1 -> Parent ! {done, self(), N};
        _ -> pinger(Parent, N, K - 1)
    end.
