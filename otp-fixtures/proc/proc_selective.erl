-module(proc_selective).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

main() ->
    Self = self(),
    [Self ! {n, I} || I <- lists:seq(1, 5)],
    Self ! {special, x},
    Self ! {n, 6},
    receive {special, X} -> erlang:display({special, X}) end,
    receive {n, 3} -> erlang:display(got3) end,
    receive {n, N} when N > 4 -> erlang:display({first_gt4, N}) end,
    erlang:display(flush()),
    Self ! a, Self ! b, Self ! c,
    receive c -> ok end,
    receive b -> ok end,
    erlang:display(flush()),
    R = receive never -> no after 0 -> empty end,
    erlang:display(R),
    Self ! {x, 1}, Self ! {y, 2}, Self ! {x, 3},
    L = [receive {y, V1} -> V1 end, receive {x, V2} -> V2 end, receive {x, V3} -> V3 end],
    erlang:display(L),
    erlang:display(flush()).
