%% erlang:memory/1 for each type and bad types.
-module(bif2_memory_types).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> is_integer(erlang:memory(total)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(processes)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(processes_used)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(system)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(atom)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(atom_used)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(binary)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(code)) end)),
    erlang:display(t(fun() -> is_integer(erlang:memory(ets)) end)),
    erlang:display(t(fun() -> erlang:memory(low) end)),
    erlang:display(t(fun() -> erlang:memory(maximum) end)),
    erlang:display(t(fun() -> erlang:memory([]) end)),
    erlang:display(t(fun() -> erlang:memory([total | x]) end)),
    erlang:display(t(fun() -> erlang:memory("total") end)),
    ok.
