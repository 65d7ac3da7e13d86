%% A seeded random term generator (rand with exsss and a fixed seed) producing nested terms of
%% every type; each term's term_to_binary bytes are printed (short ones in full, long ones as
%% size and crc32) and round-tripped, plain and compressed.
-module(etf_random_terms).
-export([main/0]).

gen(0) -> leaf();
gen(D) ->
    case rand:uniform(6) of
        1 -> list_to_tuple([gen(D - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        2 -> [gen(D - 1) || _ <- lists:seq(1, rand:uniform(5) - 1)];
        3 -> maps:from_list([{leaf(), gen(D - 1)} || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        4 -> [gen(D - 1) | leaf()];
        _ -> leaf()
    end.

leaf() ->
    case rand:uniform(12) of
        1 -> rand:uniform(256) - 1;
        2 -> rand:uniform(1 bsl 40) - (1 bsl 39);
        3 -> rand:uniform(1 bsl 200) - (1 bsl 199);
        4 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(60) - 30);
        5 -> lists:nth(rand:uniform(6), [a, ok, 'Ω', '', true, 'with space']);
        6 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(10) - 1)]);
        7 -> <<(rand:uniform(127)):(rand:uniform(7))>>;
        8 -> [rand:uniform(128) - 1 || _ <- lists:seq(1, rand:uniform(6))];
        9 -> [];
        10 -> {};
        11 -> #{};
        12 -> [rand:uniform(16#10FFFF) || _ <- lists:seq(1, rand:uniform(3))]
    end.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Terms = [gen(rand:uniform(4)) || _ <- lists:seq(1, 150)],
    lists:foreach(
      fun(T) ->
              B = term_to_binary(T),
              C = term_to_binary(T, [compressed]),
              Shown = case byte_size(B) =< 60 of true -> B; false -> {byte_size(B), erlang:crc32(B)} end,
              erlang:display({Shown, byte_size(C), binary_to_term(B) =:= T, binary_to_term(C) =:= T,
                              erlang:external_size(T) =:= byte_size(B)})
      end, Terms),
    All = term_to_binary(Terms),
    erlang:display({byte_size(All), erlang:crc32(All), erlang:crc32(term_to_binary(Terms, [{minor_version, 2}]))}),
    ok.
