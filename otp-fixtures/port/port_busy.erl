%% Busy ports: with nosuspend a command to a port whose queue reached the high limit returns
%% false; without it the caller waits until the queue drains, and nothing is lost.
-module(port_busy).
-export([main/0]).
main() ->
    [begin
         P = open_port({spawn, "sleep 5"}, Opts),
         N = count(P, 0),
         {queue_size, Q} = erlang:port_info(P, queue_size),
         erlang:display({Opts, N > 50, N < 2000, Q >= High}),
         port_close(P)
     end || {Opts, High} <- [{[], 8192}, {[{busy_limits_port, {100000, 200000}}], 200000},
                             {[{busy_limits_port, disabled}], 0}]],
    suspended().
count(_P, 2000) -> 2000;
count(P, N) ->
    case erlang:port_command(P, binary:copy(<<"x">>, 1000), [nosuspend]) of
        true -> count(P, N + 1);
        false -> N
    end.
%% A writer sends 2 MB to `cat` in 1 KB commands while nobody reads `cat`'s output yet: it
%% waits on the busy port; then the owner reads everything and the writer finishes.
suspended() ->
    Self = self(),
    P = open_port({spawn, "cat"}, [binary]),
    W = spawn(fun() ->
                  [true = port_command(P, binary:copy(<<"y">>, 1000)) || _ <- lists:seq(1, 2000)],
                  Self ! {self(), written}
              end),
    receive after 300 -> ok end,
    erlang:display(receive {W, written} -> too_early after 0 -> waiting end),
    erlang:display(read(P, 0)),
    erlang:display(receive {W, written} -> written after 5000 -> timeout end),
    port_close(P).
read(_P, 2000000) -> 2000000;
read(P, N) -> receive {P, {data, D}} -> read(P, N + byte_size(D)) after 5000 -> {timeout, N} end.
