-module(proc_selective_timeout).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

%% A receive with a timeout that skips non-matching messages leaves them, in order.
main() ->
    [self() ! {junk, I} || I <- lists:seq(1, 5)],
    R = receive {wanted, X} -> X after 30 -> timed_out end,
    erlang:display(R),
    Self = self(),
    spawn(fun() -> receive after 10 -> Self ! {wanted, late} end end),
    R2 = receive {wanted, Y} -> Y after 1000 -> timed_out end,
    erlang:display(R2),
    erlang:display(flush()),
    ok.
