%% erts_internal:group_leader/2,3 (behind erlang:group_leader/2): setting a group leader
%% directly or with an answer message, and the badarg answers.
-module(bif2_internal_group_leader).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

flush() -> receive M -> [M | flush()] after 100 -> [] end.

main() ->
    Self = self(),
    GL = group_leader(),
    P = spawn(fun Loop() -> receive {gl, From} -> From ! {gl, group_leader()}, Loop(); stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    Ask = fun() -> P ! {gl, Self}, receive {gl, G} -> G end end,
    erlang:display(erts_internal:group_leader(GL, Self)),
    R1 = case erts_internal:group_leader(Self, P) of
             false -> R = make_ref(), ok = erts_internal:group_leader(Self, P, R), receive {R, X} -> X end;
             X -> X
         end,
    erlang:display(R1),
    erlang:display(Ask() =:= Self),
    erlang:display(erts_internal:group_leader(GL, Dead)),
    [erlang:display(t(fun() -> erts_internal:group_leader(A, B) end))
     || {A, B} <- [{x, P}, {GL, x}, {1, 2}, {GL, make_ref()}]],
    R2 = make_ref(),
    erlang:display(erts_internal:group_leader(GL, P, R2)),
    erlang:display([K == R2 || {K, _} <- flush()]),
    erlang:display(Ask() =:= GL),
    R3 = make_ref(),
    erlang:display(erts_internal:group_leader(GL, Dead, R3)),
    erlang:display(receive {R3, Y} -> Y after 1000 -> timeout end),
    R4 = make_ref(),
    erlang:display(erts_internal:group_leader(GL, Self, R4)),
    erlang:display(receive {R4, Z} -> Z after 1000 -> timeout end),
    [erlang:display(t(fun() -> erts_internal:group_leader(A, B, C) end))
     || {A, B, C} <- [{x, P, R2}, {GL, x, R2}, {GL, P, x}, {GL, P, 1}]],
    erlang:display(t(fun() -> group_leader(x, P) end)),
    erlang:display(t(fun() -> group_leader(GL, Dead) end)),
    erlang:display(group_leader(GL, P)),
    erlang:display(flush()),
    P ! stop,
    ok.
