%% erts_internal:garbage_collect/1 and the erlang:garbage_collect/0,1,2 wrappers, sync and
%% async, on the caller, another process and a dead one.
-module(bif2_internal_gc).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erts_internal:garbage_collect(major) end)),
    erlang:display(t(fun() -> erts_internal:garbage_collect(minor) end)),
    [erlang:display(t(fun() -> erts_internal:garbage_collect(X) end)) || X <- [x, 1, [], {major}]],
    erlang:display(garbage_collect()),
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    erlang:display(garbage_collect(P)),
    erlang:display(garbage_collect(Dead)),
    erlang:display(garbage_collect(self(), [{type, minor}])),
    erlang:display(garbage_collect(P, [{async, req1}])),
    erlang:display(receive {garbage_collect, req1, R1} -> R1 end),
    erlang:display(garbage_collect(Dead, [{async, req2}, {type, major}])),
    erlang:display(receive {garbage_collect, req2, R2} -> R2 end),
    erlang:display(garbage_collect(self(), [{async, req3}])),
    erlang:display(receive {garbage_collect, req3, R3} -> R3 end),
    erlang:display(t(fun() -> garbage_collect(P, [{type, huge}]) end)),
    erlang:display(t(fun() -> garbage_collect(P, [bad]) end)),
    erlang:display(t(fun() -> garbage_collect(x) end)),
    P ! stop,
    ok.
