%% unique_integer/1 argument errors.
-module(bif2_unique_errors).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:unique_integer(x) end)),
    erlang:display(t(fun() -> erlang:unique_integer([x]) end)),
    erlang:display(t(fun() -> erlang:unique_integer([positive, x]) end)),
    erlang:display(t(fun() -> erlang:unique_integer({positive}) end)),
    erlang:display(t(fun() -> is_integer(erlang:unique_integer([])) end)),
    erlang:display(t(fun() -> erlang:unique_integer([positive]) > 0 end)),
    ok.
