%% Large and nested literal terms from the module's literal area: deep lists and tuples, bignums,
%% floats, strings, binaries and maps; literals must compare equal to the same terms built at run
%% time and survive being copied into messages and other structures.
-module(control_literals).
-export([main/0]).

literal() ->
    {config, [{name, "girder"}, {sizes, [1, 22, 333, 4444, 55555]}, {ratio, 0.3333333333333333},
              {big, 123456789012345678901234567890123456789}, {neg, -98765432109876543210},
              {nested, {a, {b, {c, {d, {e, []}}}}}}, {bin, <<"literal binary">>},
              {map, #{one => 1, two => [2, 2], "three" => {3}}}, {empty, {[], {}, <<>>, #{}}}]}.

built() ->
    {config, [{name, lists:reverse("reddrig")}, {sizes, [1, 22, 333, 4444, 55555]},
              {ratio, 1 / 3}, {big, 123456789012345678901234567890123456789 + 0},
              {neg, -(98765432109876543210)}, {nested, nest([a, b, c, d, e])},
              {bin, list_to_binary("literal binary")},
              {map, maps:from_list([{one, 1}, {two, [2, 2]}, {"three", {3}}])},
              {empty, {[], {}, <<>>, #{}}}]}.

nest([]) -> [];
nest([H | T]) -> {H, nest(T)}.

main() ->
    L = literal(),
    erlang:display(L),
    erlang:display(L =:= built()),
    self() ! {copy, L},
    receive {copy, C} -> erlang:display(C =:= L) end,
    {config, Props} = L,
    erlang:display([K || {K, _} <- Props]),
    erlang:display(proplists:get_value(big, Props) * 2),
    erlang:display(maps:get("three", proplists:get_value(map, Props))),
    erlang:display(setelement(1, L, changed) =/= L),
    erlang:display(lists:duplicate(3, "lit")),
    ok.
