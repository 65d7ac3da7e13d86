-module(proc_monitor_many_targets).
-export([main/0]).

%% One process monitors many; the 'DOWN' reasons come back matched to their references.
main() ->
    Ps = [spawn(fun() -> receive {die, R} -> exit(R) end end) || _ <- lists:seq(1, 100)],
    Ms = [{monitor(process, P), P, I} || {I, P} <- lists:zip(lists:seq(1, 100), Ps)],
    [P ! {die, {reason, I}} || {_, P, I} <- Ms],
    Got = [receive {'DOWN', R, process, P, {reason, J}} -> J =:= I end || {R, P, I} <- Ms],
    erlang:display(lists:all(fun(X) -> X end, Got)),
    erlang:display(length(Got)).
