%% binary_to_term on every input of up to two bytes after the version byte, and on a seeded set
%% of random short inputs with valid tags: counts of accepted and rejected inputs, the accepted
%% terms, and a checksum over all outcomes (decoding must never crash the runtime).
-module(etf_fuzz_short).
-export([main/0]).

try_decode(B) -> try binary_to_term(B) of T -> {ok, T} catch error:badarg -> badarg end.

main() ->
    One = [{B, try_decode(<<131, B>>)} || B <- lists:seq(0, 255)],
    erlang:display([{B, T} || {B, {ok, T}} <- One]),
    {Ok2, Hash2} = lists:foldl(fun(A, {Ok, H}) ->
                                       Row = [try_decode(<<131, A, B>>) || B <- lists:seq(0, 255)],
                                       {[T || {ok, T} <- Row] ++ Ok, erlang:phash2({H, Row})}
                               end, {[], 0}, lists:seq(0, 255)),
    erlang:display({length(Ok2), Hash2, lists:usort([element(1, T) || T <- Ok2, is_tuple(T), tuple_size(T) > 0])}),
    erlang:display(lists:usort([T || T <- Ok2, not is_integer(T)])),
    rand:seed(exsss, {1, 2, 3}),
    Tags = [70, 77, 97, 98, 99, 100, 104, 105, 106, 107, 108, 109, 110, 111, 113, 115, 116, 118, 119],
    Rand = [<<131, (lists:nth(rand:uniform(length(Tags)), Tags)), (list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(12))]))/binary>>
            || _ <- lists:seq(1, 20000)],
    {Accepted, Hash} = lists:foldl(fun(B, {Acc, H}) ->
                                           case try_decode(B) of
                                               {ok, T} -> {[T | Acc], erlang:phash2({H, T})};
                                               badarg -> {Acc, erlang:phash2({H, badarg})}
                                           end
                                   end, {[], 0}, Rand),
    erlang:display({length(Accepted), Hash}),
    erlang:display(lists:sublist(lists:reverse(Accepted), 25)),
    ok.
