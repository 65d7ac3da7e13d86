-module(proc_pmap).
-export([main/0]).

%% Parallel map: one process per element; results in order.
pmap(F, L) ->
    Self = self(),
    Refs = [begin R = make_ref(), spawn(fun() -> Self ! {R, F(X)} end), R end || X <- L],
    [receive {R, V} -> V end || R <- Refs].

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

main() ->
    erlang:display(pmap(fun fib/1, lists:seq(1, 22))),
    erlang:display(pmap(fun(X) -> X * X end, [])),
    Nested = pmap(fun(X) -> pmap(fun(Y) -> X * Y end, lists:seq(1, 10)) end, lists:seq(1, 10)),
    erlang:display(Nested),
    erlang:display(lists:sum(lists:append(Nested))),
    ok.
