%% Maps in the external format: MAP_EXT for small maps (keys in sorted order), large maps
%% (pairs in the internal hash order), the deterministic option (sorted keys for every size),
%% and decoding of hand-written maps with unsorted and duplicate keys.
-module(etf_maps).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ms = ?MODULE:id([#{}, #{a => 1}, #{b => 2, a => 1}, #{1 => x, 1.0 => y}, #{[] => {}, <<>> => #{}}]),
    [erlang:display({M, term_to_binary(M), term_to_binary(M, [deterministic]) =:= term_to_binary(M)}) || M <- Ms],
    Large = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
    LB = term_to_binary(Large),
    DB = term_to_binary(Large, [deterministic]),
    erlang:display({byte_size(LB), binary:part(LB, 0, 30), erlang:crc32(LB)}),
    erlang:display({byte_size(DB), binary:part(DB, 0, 30), erlang:crc32(DB)}),
    erlang:display({binary_to_term(LB) =:= Large, binary_to_term(DB) =:= Large}),
    Mixed = maps:from_list([{integer_to_binary(I), [I]} || I <- lists:seq(1, 200)] ++ [{float(I), I} || I <- lists:seq(1, 50)]),
    erlang:display({erlang:crc32(term_to_binary(Mixed)), erlang:crc32(term_to_binary(Mixed, [deterministic])),
                    binary_to_term(term_to_binary(Mixed)) =:= Mixed}),
    Hand = [<<131, 116, 0, 0, 0, 2, 100, 0, 1, $b, 97, 2, 100, 0, 1, $a, 97, 1>>,
            <<131, 116, 0, 0, 0, 2, 100, 0, 1, $a, 97, 1, 100, 0, 1, $a, 97, 2>>,
            <<131, 116, 0, 0, 0, 1, 100, 0, 1, $a>>, <<131, 116, 0, 0, 0, 0>>, <<131, 116, 255, 255, 255, 255>>,
            <<131, 116, 0, 0, 0, 2, 97, 1, 70, 63, 240, 0, 0, 0, 0, 0, 0, 97, 2, 97, 3>>],
    [erlang:display({H, t(fun() -> binary_to_term(H) end)}) || H <- ?MODULE:id(Hand)],
    Dup = << <<131, 116, 40:32>>/binary, << <<97, (I rem 39), 97, I>> || I <- lists:seq(1, 40) >>/binary >>,
    erlang:display(t(fun() -> binary_to_term(Dup) end)),
    Many = << <<131, 116, 40:32>>/binary, << <<97, (40 - I), 97, I>> || I <- lists:seq(1, 40) >>/binary >>,
    erlang:display(t(fun() -> maps:to_list(binary_to_term(Many)) end)),
    ok.
