%% Huffman coding: frequency count, tree construction with a sorted list as priority queue,
%% code table, encoding a text to a list of bits, decoding back, and code lengths.
-module(programs_huffman).
-export([main/0]).

text() -> "this is an example of a huffman tree, built and used to encode and decode this very text".

freqs(S) -> lists:foldl(fun(C, D) -> orddict:update_counter(C, 1, D) end, orddict:new(), S).

build([{_, T}]) -> T;
build([{W1, T1}, {W2, T2} | Rest]) -> build(lists:keymerge(1, [{W1 + W2, {T1, T2}}], Rest)).

codes({L, R}, Prefix) -> codes(L, [0 | Prefix]) ++ codes(R, [1 | Prefix]);
codes(Leaf, Prefix) -> [{Leaf, lists:reverse(Prefix)}].

encode(S, Table) -> lists:append([element(2, lists:keyfind(C, 1, Table)) || C <- S]).

decode(Bits, Tree) -> decode(Bits, Tree, Tree, []).
decode([], _, _, Acc) -> lists:reverse(Acc);
decode([B | Bs], {L, R}, Tree, Acc) ->
    case if B =:= 0 -> L; true -> R end of
        {_, _} = Sub -> decode(Bs, Sub, Tree, Acc);
        Leaf -> decode(Bs, Tree, Tree, [Leaf | Acc])
    end.

main() ->
    F = freqs(text()),
    erlang:display(F),
    Queue = lists:keysort(1, [{W, C} || {C, W} <- F]),
    Tree = build(Queue),
    Table = lists:sort(codes(Tree, [])),
    [erlang:display({[C], Code}) || {C, Code} <- Table],
    Bits = encode(text(), Table),
    erlang:display({bits, length(Bits), plain, 8 * length(text())}),
    erlang:display(lists:sublist(Bits, 64)),
    erlang:display(decode(Bits, Tree) =:= text()),
    ok.
