%% A key-value store workload on one map: a seeded stream of puts, updates, deletes and lookups
%% over binary and integer keys (tens of thousands of operations, the map growing and shrinking
%% across the flat/hashed boundary), with a running checksum and the final contents.
-module(maps_kv_store).
-export([main/0]).

op(M, {put, K, V}) -> {M#{K => V}, 0};
op(M, {update, K, V}) -> case M of #{K := Old} -> {M#{K := Old + V}, 1}; _ -> {M, 2} end;
op(M, {delete, K}) -> {maps:remove(K, M), 3};
op(M, {get, K}) -> {M, case maps:find(K, M) of {ok, V} -> V rem 1000; error -> 4 end};
op(M, {take, K}) -> case maps:take(K, M) of {V, M2} -> {M2, V rem 997}; error -> {M, 5} end.

key() ->
    case rand:uniform(2) of
        1 -> rand:uniform(300);
        2 -> <<"key-", (integer_to_binary(rand:uniform(300)))/binary>>
    end.

gen() ->
    case rand:uniform(10) of
        N when N =< 4 -> {put, key(), rand:uniform(100000)};
        N when N =< 6 -> {update, key(), rand:uniform(10)};
        7 -> {delete, key()};
        8 -> {take, key()};
        _ -> {get, key()}
    end.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Ops = [gen() || _ <- lists:seq(1, 40000)],
    {Final, Sum, Sizes} = lists:foldl(fun(Op, {M, S, Sz}) ->
                                             {M2, R} = op(M, Op),
                                             Sz2 = case map_size(M2) rem 50 of 0 -> [map_size(M2) | Sz]; _ -> Sz end,
                                             {M2, (S * 31 + R) rem 1000000007, Sz2}
                                     end, {#{}, 0, []}, Ops),
    erlang:display({Sum, map_size(Final), length(Sizes), lists:max([0 | Sizes])}),
    erlang:display(lists:sort(maps:to_list(Final))),
    erlang:display(erlang:phash2(maps:to_list(Final))),
    Small = lists:foldl(fun(K, M) -> maps:remove(K, M) end, Final, maps:keys(Final) -- lists:sublist(lists:sort(maps:keys(Final)), 20)),
    erlang:display({map_size(Small), Small}),
    ok.
