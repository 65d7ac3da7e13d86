%% `in` ports only read, `out` ports only write.
-module(port_in_out_only).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "echo from_in"}, [in]),
    erlang:display(receive {P, {data, D}} -> D after 2000 -> none end),
    erlang:display(receive {'EXIT', P, R} -> R after 2000 -> none end),
    Q = open_port({spawn, "cat > /dev/null"}, [out, exit_status]),
    erlang:display(port_command(Q, "ignored")),
    erlang:display(port_close(Q)),
    ok.
