%% Maps holding funs, pids-free closures, tuples and other maps as values: dispatch tables,
%% maps:map over fun values, local and external funs as keys, and equality of fun keys.
-module(maps_funs_values).
-export([main/0, id/1, double/1]).

id(X) -> X.

double(X) -> X * 2.

main() ->
    Ops = #{add => fun(A, B) -> A + B end, sub => fun(A, B) -> A - B end, mul => fun erlang:'*'/2,
            pow => fun(A, B) -> round(math:pow(A, B)) end},
    erlang:display([{Op, (maps:get(Op, Ops))(7, 3)} || Op <- ?MODULE:id([add, sub, mul, pow])]),
    erlang:display(maps:keys(Ops)),
    Ext = fun ?MODULE:double/1,
    Keys = #{Ext => external, fun erlang:abs/1 => abs},
    erlang:display({maps:get(fun ?MODULE:double/1, Keys), maps:get(fun erlang:abs/1, Keys), maps:find(fun erlang:max/2, Keys)}),
    erlang:display(Keys),
    Applied = maps:map(fun(_, F) -> F(10, 2) end, Ops),
    erlang:display(Applied),
    Counter = fun C(0, M) -> M; C(N, M) -> C(N - 1, maps:update_with(N rem 5, fun(V) -> V + 1 end, 1, M)) end,
    erlang:display(Counter(?MODULE:id(103), #{})),
    ok.
