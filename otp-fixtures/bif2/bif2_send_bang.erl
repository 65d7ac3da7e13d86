%% erlang:'!'/2 sends as send/2 and ! do.
-module(bif2_send_bang).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:'!'(self(), {m, 1}) end)),
    erlang:display(t(fun() -> receive {m, X} -> X end end)),
    erlang:display(t(fun() -> erlang:'!'(self(), [list]) end)),
    erlang:display(t(fun() -> receive L -> L end end)),
    erlang:display(t(fun() -> erlang:'!'(no_such_name, x) end)),
    erlang:display(t(fun() -> erlang:'!'(1, x) end)),
    erlang:display(t(fun() -> erlang:'!'({no_such_name, node()}, x) end)),
    ok.
