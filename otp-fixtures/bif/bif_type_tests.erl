%% Type-test BIFs called as functions and used in guards, over values of every type (pids, ports
%% and references are tested but never printed).
-module(bif_type_tests).
-export([main/0]).

-record(r, {a}).

values() ->
    [{int, 1}, {neg, -5}, {big, 1 bsl 90}, {float, 1.5}, {atom, ok}, {true, true}, {false, false},
     {nil, []}, {list, [1]}, {improper, [1 | 2]}, {string, "s"}, {tuple, {1, 2}}, {empty_tuple, {}},
     {record, #r{a = 1}}, {binary, <<1, 2>>}, {bits, <<1:3>>}, {map, #{k => v}},
     {fun0, fun() -> ok end}, {fun2, fun(_, _) -> ok end}, {ext_fun, fun lists:map/2},
     {pid, self()}, {port, hd(erlang:ports())}, {ref, make_ref()}].

tests() -> [is_atom, is_binary, is_bitstring, is_boolean, is_float, is_function, is_integer,
            is_list, is_map, is_number, is_pid, is_port, is_reference, is_tuple].

main() ->
    [erlang:display({Name, [T || T <- tests(), erlang:T(V)]}) || {Name, V} <- values()],
    [erlang:display({Name, guard_kind(V)}) || {Name, V} <- values()],
    [erlang:display({Name, [is_function(V, A) || A <- [0, 1, 2, 3]], is_record(V, r), is_record(V, r, 2),
                     is_record(V, r, 3)}) || {Name, V} <- values()],
    erlang:display(catch is_function(fun() -> ok end, -1)),
    erlang:display(catch is_function(fun() -> ok end, a)),
    ok.

guard_kind(V) when is_boolean(V) -> boolean;
guard_kind(V) when is_atom(V) -> atom;
guard_kind(V) when is_integer(V), V > 1000 -> big_integer;
guard_kind(V) when is_integer(V) -> integer;
guard_kind(V) when is_float(V) -> float;
guard_kind(V) when is_record(V, r) -> record_r;
guard_kind(V) when is_tuple(V) -> tuple;
guard_kind(V) when is_function(V, 0) -> fun0;
guard_kind(V) when is_function(V) -> function;
guard_kind(V) when is_binary(V) -> binary;
guard_kind(V) when is_bitstring(V) -> bitstring;
guard_kind(V) when is_map(V) -> map;
guard_kind(V) when is_pid(V) -> pid;
guard_kind(V) when is_port(V) -> port;
guard_kind(V) when is_reference(V) -> reference;
guard_kind([_ | _]) -> cons;
guard_kind([]) -> nil.
