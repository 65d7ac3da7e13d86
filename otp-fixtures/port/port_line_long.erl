%% A 100,000-byte line through {line, 1000} arrives as 100 pieces.
-module(port_line_long).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, [{line, 1000}]),
    Line = lists:duplicate(100000, $x),
    port_command(P, [Line, $\n, "tail\n"]),
    erlang:display(count(P, 0)),
    port_close(P).
count(P, N) ->
    receive
        {P, {data, {noeol, L}}} when length(L) =:= 1000 -> count(P, N + 1);
        {P, {data, {eol, []}}} -> count(P, N);
        {P, {data, {eol, "tail"}}} -> {N, tail};
        {P, Other} -> {N, Other}
    after 5000 -> timeout
    end.
