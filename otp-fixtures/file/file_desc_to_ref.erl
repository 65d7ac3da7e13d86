%% prim_file:file_desc_to_ref/2 adopts a descriptor by number (as application_controller reads
%% a -configfd pipe): writes through two handles on standard output, the errors of numbers that
%% are not open or not numbers, and a closed number staying closed for every handle on it.
-module(file_desc_to_ref).
-export([main/0]).

main() ->
    {ok, Out1} = prim_file:file_desc_to_ref(1, [write, binary]),
    {ok, Out2} = prim_file:file_desc_to_ref(1, [write]),
    erlang:display(prim_file:write(Out1, <<"through the first handle\n">>)),
    erlang:display(prim_file:write(Out2, ["through ", <<"the second">>, " handle\n"])),
    erlang:display(Out1 =:= Out2),
    erlang:display(prim_file:file_desc_to_ref(99, [read])),
    erlang:display(prim_file:file_desc_to_ref(-1, [read])),
    erlang:display(prim_file:file_desc_to_ref(1 bsl 40, [read])),
    erlang:display(prim_file:file_desc_to_ref(foo, [read])),
    erlang:display(prim_file:file_desc_to_ref(1.0, [read])),
    {ok, Err1} = prim_file:file_desc_to_ref(2, [write]),
    {ok, Err2} = prim_file:file_desc_to_ref(2, [write]),
    erlang:display(prim_file:close(Err1)),
    erlang:display(prim_file:close(Err1)),
    erlang:display(prim_file:write(Err1, <<"x">>)),
    erlang:display(prim_file:write(Err2, <<"x">>)),
    erlang:display(prim_file:file_desc_to_ref(2, [write])),
    erlang:display(prim_file:close(Err2)),
    ok.
