%% A bare name opens a file as a port: read whole (data, then the port exits normal), written
%% (created or truncated), framed in lines or packets, with `eof`, and a missing file.
-module(port_vanilla).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    Dir = "/tmp/port_vanilla_" ++ os:getpid(),
    ok = file:make_dir(Dir),
    In = Dir ++ "/in.txt",
    ok = file:write_file(In, "abc\ndef\nlonger line\n"),
    P1 = open_port(In, [in]),
    show(P1),
    Out = list_to_atom(Dir ++ "/out.txt"),
    P2 = open_port(Out, [out]),
    port_command(P2, "hello "),
    port_command(P2, [<<"wor">>, "ld"]),
    port_close(P2),
    show(P2),
    erlang:display(file:read_file(atom_to_list(Out))),
    show(open_port(In, [{line, 4}])),
    ok = file:write_file(In, <<3, "abc", 2, "de">>),
    show(open_port(In, [{packet, 1}, binary, in])),
    P5 = open_port(In, [in, eof]),
    show(P5),
    erlang:display(erlang:port_info(P5, name) =:= {name, In}),
    port_close(P5),
    erlang:display(error_of(fun() -> open_port(Dir ++ "/missing", [in]) end)),
    erlang:display(error_of(fun() -> open_port(In, [exit_status]) end)),
    [file:delete(F) || F <- [In, atom_to_list(Out)]],
    file:del_dir(Dir).

error_of(F) ->
    try F() catch error:E -> E end.

show(P) ->
    receive
        {P, eof} -> erlang:display(eof);
        {'EXIT', P, R} -> erlang:display({exit, R});
        {P, M} -> erlang:display(M), show(P)
    after 2000 -> erlang:display(timeout)
    end.
