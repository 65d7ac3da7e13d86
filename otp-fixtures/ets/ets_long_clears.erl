%% args: +S 1 -s NAME main
%% On one scheduler, long clears of big tables (delete_all_objects on set, fixed set and
%% ordered_set, delete/1, select_delete and select_replace on ordered_set) let another process
%% run many times before they return
-module(ets_long_clears).
-export([main/0]).

-define(N, 400000).

d(X) -> erlang:display(X).

fill(Type) ->
    T = ets:new(t, [Type, public]),
    fill(T, ?N),
    T.

fill(_T, 0) -> ok;
fill(T, I) -> ets:insert(T, {I, I rem 10}), fill(T, I - 1).

%% Runs F while a ticker process loops on erlang:yield/0 until F has returned; gives F's
%% result and whether the ticker ran more than 10 times meanwhile.
during(F) ->
    Flag = ets:new(flag, [public]),
    Self = self(),
    Ticker = spawn(fun() -> receive go -> tick(Flag, Self, 0) end end),
    Ticker ! go,
    erlang:yield(),
    R = F(),
    ets:insert(Flag, {done, true}),
    N = receive {ticks, Ticker, C} -> C end,
    ets:delete(Flag),
    {R, N > 10}.

tick(Flag, Parent, N) ->
    case ets:lookup(Flag, done) of
        [] -> erlang:yield(), tick(Flag, Parent, N + 1);
        _ -> Parent ! {ticks, self(), N}
    end.

main() ->
    [begin
         T = fill(Type),
         d({Type, delete_all_objects, during(fun() -> ets:delete_all_objects(T) end),
            ets:info(T, size), ets:lookup(T, 5)}),
         ets:insert(T, {1, a}),
         d(ets:tab2list(T)),
         ets:delete(T)
     end || Type <- [set, ordered_set, bag]],
    %% a fixed set: its objects stay, dead, until the unfix; next/2 of a deleted key goes on
    F = fill(set),
    ets:safe_fixtable(F, true),
    K = ets:first(F),
    d({fixed, during(fun() -> ets:delete_all_objects(F) end), ets:info(F, size), ets:lookup(F, K),
       ets:next(F, K)}),
    ets:insert(F, {7, x}),
    ets:safe_fixtable(F, false),
    d({unfixed, ets:info(F, size), ets:tab2list(F)}),
    ets:delete(F),
    [begin
         D = fill(Type),
         d({Type, delete, during(fun() -> ets:delete(D) end), ets:info(D, size)})
     end || Type <- [set, ordered_set]],
    O = fill(ordered_set),
    d({select_delete, during(fun() -> ets:select_delete(O, [{{'_', 3}, [], [true]}]) end),
       ets:info(O, size)}),
    d({select_replace, during(fun() -> ets:select_replace(O, [{{'$1', 4}, [], [{{'$1', 40}}]}]) end),
       ets:select_count(O, [{{'_', 40}, [], [true]}])}),
    d({select_delete_all, during(fun() -> ets:select_delete(O, [{'_', [], [true]}]) end),
       ets:info(O, size)}),
    ok.
