%% monotonic unique integers keep their order across processes that hand them on.
-module(bif2_unique_order).
-export([main/0]).

chain(0, Acc) -> lists:reverse(Acc);
chain(N, Acc) ->
    Self = self(),
    spawn(fun() -> Self ! {u, erlang:unique_integer([monotonic])} end),
    receive {u, U} -> chain(N - 1, [U | Acc]) end.

main() ->
    L = chain(50, []),
    erlang:display(lists:sort(L) =:= L),
    erlang:display(length(lists:usort(L))),
    P = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 10)],
    erlang:display([B - A > 0 || {A, B} <- lists:zip(lists:droplast(P), tl(P))]),
    ok.
