%% Benchmark: 100 MB through `cat` in {packet,4} messages of 64 KB (port output queueing, the
%% I/O thread, packet framing, binary messages).
-module(port_packet_echo).
-export([main/0]).

main() ->
    T0 = erlang:monotonic_time(),
    P = open_port({spawn, "cat"}, [binary, {packet, 4}]),
    Msg = binary:copy(<<"0123456789abcdef">>, 4096),
    N = 1600,
    Bytes = loop(P, Msg, N, 0, 0),
    port_close(P),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, packet_echo, erlang:convert_time_unit(T1 - T0, native, microsecond), Bytes}).

%% Keeps at most 16 messages in flight.
loop(_P, _Msg, 0, 0, Got) -> Got;
loop(P, Msg, Left, InFlight, Got) when Left > 0, InFlight < 16 ->
    port_command(P, Msg),
    loop(P, Msg, Left - 1, InFlight + 1, Got);
loop(P, Msg, Left, InFlight, Got) ->
    receive {P, {data, D}} -> loop(P, Msg, Left, InFlight - 1, Got + byte_size(D)) end.
