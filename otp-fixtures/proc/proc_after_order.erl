-module(proc_after_order).
-export([main/0]).

%% Processes with different receive timeouts report in timeout order.
main() ->
    Self = self(),
    [spawn(fun() -> receive never -> ok after T -> Self ! {timeout, T} end end) || T <- [90, 10, 50, 130, 0]],
    erlang:display([receive {timeout, T} -> T end || _ <- lists:seq(1, 5)]),
    ok.
