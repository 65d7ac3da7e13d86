%% Decoding hand-written external-format bytes for every term tag erl accepts: old and new
%% integer, float, atom, tuple, list, string, binary and bitstring tags, export funs, and
%% references, pids and ports of another node (checked by type, node and re-encoding, since their
%% printed form shows an internal node index).
-module(etf_hand_bytes).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Node = <<100, 0, 10, "other@host">>,
    Bytes = [<<131, 97, 42>>, <<131, 98, 255, 255, 255, 214>>, <<131, 110, 2, 0, 1, 1>>, <<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>,
             <<131, 104, 3, 97, 1, 106, 107, 0, 2, 1, 2>>, <<131, 105, 0, 0, 0, 2, 97, 1, 97, 2>>,
             <<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3>>, <<131, 108, 0, 0, 0, 0, 106>>, <<131, 107, 0, 0>>,
             <<131, 109, 0, 0, 0, 2, "hi">>, <<131, 77, 0, 0, 0, 2, 4, 1, 240>>, <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 97, 2>>,
             <<131, 113, 119, 6, "erlang", 119, 5, "spawn", 97, 1>>,
             <<131, 88, Node/binary, 0, 0, 0, 42, 0, 0, 0, 7, 0, 0, 0, 1>>,
             <<131, 103, Node/binary, 0, 0, 0, 42, 0, 0, 0, 7, 1>>,
             <<131, 89, Node/binary, 0, 0, 0, 9, 0, 0, 0, 1>>,
             <<131, 120, Node/binary, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 1>>,
             <<131, 102, Node/binary, 0, 0, 0, 9, 1>>,
             <<131, 90, 0, 3, Node/binary, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3>>,
             <<131, 114, 0, 3, Node/binary, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3>>,
             <<131, 101, Node/binary, 0, 0, 0, 5, 2>>],
    [erlang:display({B, t(fun() -> show(binary_to_term(B)) end)}) || B <- ?MODULE:id(Bytes)],
    Pid = binary_to_term(<<131, 88, Node/binary, 0, 0, 0, 42, 0, 0, 0, 7, 0, 0, 0, 1>>),
    erlang:display({is_pid(Pid), node(Pid), term_to_binary(Pid), binary_to_term(term_to_binary(Pid)) =:= Pid}),
    Ref = binary_to_term(<<131, 90, 0, 3, Node/binary, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3>>),
    erlang:display({is_reference(Ref), node(Ref), term_to_binary(Ref)}),
    Port = binary_to_term(<<131, 89, Node/binary, 0, 0, 0, 9, 0, 0, 0, 1>>),
    erlang:display({is_port(Port), node(Port), term_to_binary(Port)}),
    ok.

show(T) when is_pid(T) -> {pid, node(T), term_to_binary(T)};
show(T) when is_port(T) -> {port, node(T), term_to_binary(T)};
show(T) when is_reference(T) -> {ref, node(T), term_to_binary(T)};
show(T) -> T.
