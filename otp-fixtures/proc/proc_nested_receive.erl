-module(proc_nested_receive).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

%% A receive inside a receive clause: the inner one starts over from the oldest message.
main() ->
    Self = self(),
    [Self ! X || X <- [a, b, {outer, 1}, c, {inner, 2}, d]],
    R = receive
            {outer, N} ->
                I = receive {inner, M} -> M end,
                First = receive Any -> Any end,
                {N, I, First}
        end,
    erlang:display(R),
    erlang:display(flush()),
    [Self ! X || X <- [1, 2, 3]],
    R2 = receive
             2 -> receive 1 -> receive 3 -> done end end
         end,
    erlang:display(R2),
    erlang:display(flush()),
    ok.
