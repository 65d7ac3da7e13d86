%% Tuples and lists in the external format: SMALL_TUPLE_EXT up to 255 elements and
%% LARGE_TUPLE_EXT beyond, NIL_EXT, STRING_EXT for byte lists up to 65535 elements and LIST_EXT
%% for longer or non-byte lists, improper lists, and deep nesting.
-module(etf_tuples_lists).
-export([main/0, id/1]).

id(X) -> X.

show(T) ->
    B = term_to_binary(T),
    {byte_size(B), binary:part(B, 0, min(16, byte_size(B))), erlang:crc32(B), binary_to_term(B) =:= T}.

main() ->
    Ts = ?MODULE:id([{}, {a}, {1, 2}, {{}}, list_to_tuple(lists:seq(1, 255)), list_to_tuple(lists:seq(1, 256)),
                     list_to_tuple(lists:duplicate(70000, x)), [], [a], "abc", [0], [255], [256], [-1], [1.0], "a" ++ [a],
                     lists:duplicate(65535, $x), lists:duplicate(65536, $x), [1 | 2], [1, 2 | 3], [[] | []], ["abc" | "def"],
                     [a | <<"tail">>], lists:seq(1, 10), [[[[[[]]]]]], [{}, [], <<>>, #{}]]),
    [erlang:display({element(1, show(T)), T =:= [] orelse is_list(T) orelse is_tuple(T), show(T)}) || T <- Ts, size_ok(T)],
    [erlang:display(show(T)) || T <- Ts, not size_ok(T)],
    Deep = lists:foldl(fun(I, Acc) -> {I, [Acc]} end, leaf, lists:seq(1, 10000)),
    DB = term_to_binary(Deep),
    erlang:display({byte_size(DB), erlang:crc32(DB), binary_to_term(DB) =:= Deep}),
    ok.

size_ok(T) when is_tuple(T) -> tuple_size(T) < 10;
size_ok(T) when is_list(T) -> length_ok(T, 0);
size_ok(_) -> true.

length_ok([_ | T], N) when N < 12 -> length_ok(T, N + 1);
length_ok([_ | _], _) -> false;
length_ok(_, _) -> true.
