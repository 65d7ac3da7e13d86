%% Clauses that dispatch on tuple size and first element (select_tuple_arity and is_tagged_tuple
%% in the compiled code), records of different sizes, and tuples where the tag is not an atom.
-module(control_tuple_arity).
-export([main/0]).

-record(small, {a}).
-record(medium, {a, b, c}).

kind({}) -> size0;
kind({_}) -> size1;
kind({ok, V}) -> {ok, V};
kind({error, R}) -> {error, R};
kind({_, _}) -> size2;
kind(#small{a = A}) -> {small, A};
kind({medium, A, _, C}) -> {medium, A, C};
kind({_, _, _, _}) -> size4_untagged;
kind({_, _, _, _, _}) -> size5;
kind(T) when tuple_size(T) > 5 -> {large, tuple_size(T)};
kind(_) -> not_a_tuple.

main() ->
    Vs = [{}, {x}, {ok, 1}, {error, 2}, {1, 2}, {ok, 1, 2}, #small{a = 3}, {small, 3, 4}, #medium{a = 1, b = 2, c = 3},
          {other, 1, 2, 3}, {1, 2, 3, 4, 5}, list_to_tuple(lists:seq(1, 6)), list_to_tuple(lists:seq(1, 300)),
          [ok, 1], ok, {{ok}, 1}, {"ok", 1}, {1.0, 2}],
    [erlang:display(kind(V)) || V <- Vs],
    ok.
