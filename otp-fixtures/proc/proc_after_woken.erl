-module(proc_after_woken).
-export([main/0]).

%% A receive with an `after` whose process is woken by messages that do not match: the timeout
%% still holds (timer:sleep/1 reads its time from a register that a wait need not keep).
main() ->
    Self = self(),
    P = spawn(fun() -> R = (catch timer:sleep(100)), Self ! {slept, R} end),
    Q = spawn(fun() -> R = (catch wait(infinity)), Self ! {waited, R} end),
    receive after 20 -> ok end,
    [P ! {noise, N} || N <- lists:seq(1, 5)],
    [Q ! {noise, N} || N <- lists:seq(1, 5)],
    Q ! go,
    erlang:display(receive {slept, R1} -> R1 end),
    erlang:display(receive {waited, R2} -> R2 end),
    ok.

wait(T) -> receive go -> go after T -> timeout end.
