-module(proc_msg_terms).
-export([main/0]).

%% Messages of every kind of term arrive intact (deep copies between heaps).
echo() -> receive {From, T} -> From ! {self(), T}, echo() end.

main() ->
    E = spawn(fun echo/0),
    Big = lists:seq(1, 10000),
    Deep = lists:foldl(fun(I, Acc) -> {I, Acc} end, nil, lists:seq(1, 5000)),
    Terms = [atom, 42, -1, 1 bsl 100, -(1 bsl 70), 3.14, -0.5, "string", [], {}, {a, {b, {c}}},
             [1 | improper], <<1, 2, 3>>, <<"binary over sixty-four bytes long, to be a refc one, padding padding">>,
             fun() -> ok end, fun lists:map/2, self(), make_ref(), Big, Deep,
             #{a => 1, b => [2, 3]}, [{k, v} || _ <- lists:seq(1, 100)]],
    [begin E ! {self(), T}, receive {E, T2} -> erlang:display(T2 =:= T) end end || T <- Terms],
    E ! {self(), Big},
    receive {E, B2} -> erlang:display(lists:sum(B2)) end,
    E ! {self(), Deep},
    receive {E, D2} -> erlang:display(element(1, D2)) end,
    ok.
