%% Map patterns in function heads, case clauses and matches: partial matches, bound keys,
%% variable keys bound earlier, matching values with nested patterns, empty-map pattern that
%% matches any map, and failures (function_clause, case_clause, badmatch).
-module(maps_patterns).
-export([main/0, id/1, h/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

h(#{type := circle, r := R}) -> {circle, R};
h(#{type := rect, w := W, h := H}) when W =:= H -> {square, W};
h(#{type := rect, w := W, h := H}) -> {rect, W, H};
h(#{type := _}) -> unknown_type;
h(#{}) -> no_type.

main() ->
    Shapes = [#{type => circle, r => 2}, #{type => rect, w => 3, h => 3}, #{type => rect, w => 1, h => 2},
              #{type => rect, w => 1}, #{type => tri}, #{}, #{r => 1}],
    [erlang:display(h(?MODULE:id(S))) || S <- Shapes],
    erlang:display(t(fun() -> ?MODULE:h(?MODULE:id([])) end)),
    K = ?MODULE:id(1.0),
    erlang:display([case ?MODULE:id(M) of #{K := V} -> {float_key, V}; #{1 := V} -> {int_key, V}; _ -> none end
                    || M <- [#{1.0 => a}, #{1 => b}, #{1 => c, 1.0 => d}, #{}]]),
    erlang:display(t(fun() -> case ?MODULE:id(#{a => 1}) of #{b := _} -> b end end)),
    erlang:display(t(fun() -> #{a := 2} = ?MODULE:id(#{a => 1}) end)),
    erlang:display(t(fun() -> #{a := _} = ?MODULE:id(not_map) end)),
    #{list := [H | _], tuple := {_, Second}, map := #{deep := Deep}} =
        ?MODULE:id(#{list => [1, 2], tuple => {x, y}, map => #{deep => found}, extra => ignored}),
    erlang:display({H, Second, Deep}),
    F = fun(#{<<"name">> := N, <<"age">> := A}) when A >= 18 -> {adult, N}; (#{<<"name">> := N}) -> {minor, N} end,
    erlang:display([F(?MODULE:id(P)) || P <- [#{<<"name">> => <<"ann">>, <<"age">> => 30}, #{<<"name">> => <<"bob">>, <<"age">> => 10},
                                              #{<<"name">> => <<"cy">>}]]),
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 200)]),
    #{100 := Sq, 200 := Sq2} = Big,
    erlang:display({Sq, Sq2}),
    Same = fun(X, #{key := X}) -> same; (_, _) -> differ end,
    erlang:display([Same(?MODULE:id(A), ?MODULE:id(B)) || {A, B} <- [{1, #{key => 1}}, {1, #{key => 1.0}}, {a, #{}}]]),
    ok.
