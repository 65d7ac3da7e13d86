%% args: +S 1 -s NAME main
-module(proc_priority).
-export([main/0]).

%% On one scheduler, a high-priority process runnable at the same time as normal ones runs
%% first.
main() ->
    Self = self(),
    [spawn_opt(fun() -> Self ! {ran, P} end, [{priority, P}]) || P <- [normal, low, high, normal, max]],
    erlang:display([receive {ran, P} -> P end || _ <- lists:seq(1, 5)]),
    erlang:display(process_flag(priority, high)),
    erlang:display(process_info(self(), priority)),
    process_flag(priority, normal),
    ok.
