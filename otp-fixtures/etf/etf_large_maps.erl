%% Large maps through the external format: thousands of keys of mixed types, maps nested in maps,
%% the deterministic option against the default order, decoding into an equal map whose
%% to_list order matches the original, and the encoded size of growing maps.
-module(etf_large_maps).
-export([main/0]).

main() ->
    Sizes = [0, 1, 31, 32, 33, 100, 1000, 10000],
    [begin
         M = maps:from_list([{I * 7919 rem 100003, I} || I <- lists:seq(1, N)]),
         B = term_to_binary(M),
         D = term_to_binary(M, [deterministic]),
         M2 = binary_to_term(B),
         erlang:display({N, byte_size(B), erlang:crc32(B), erlang:crc32(D), M2 =:= M, maps:to_list(M2) =:= maps:to_list(M),
                         binary_to_term(D) =:= M})
     end || N <- Sizes],
    Mixed = maps:from_list([{case I rem 4 of 0 -> I; 1 -> integer_to_binary(I); 2 -> {I}; 3 -> [I] end, #{inner => I}} || I <- lists:seq(1, 3000)]),
    MB = term_to_binary(Mixed),
    erlang:display({byte_size(MB), erlang:crc32(MB), erlang:crc32(term_to_binary(Mixed, [deterministic])),
                    binary_to_term(MB) =:= Mixed}),
    Nested = maps:from_list([{I, maps:from_list([{J, J * I} || J <- lists:seq(1, 40)])} || I <- lists:seq(1, 50)]),
    NB = term_to_binary(Nested, [compressed]),
    erlang:display({byte_size(NB), binary_to_term(NB) =:= Nested, erlang:external_size(Nested)}),
    ok.
