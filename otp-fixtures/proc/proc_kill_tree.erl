-module(proc_kill_tree).
-export([main/0]).

%% A tree of linked processes: killing the root takes down every node; the observer
%% monitors all of them and sees each one go exactly once.
grow(0, Parent) -> Parent ! {node, self()}, receive after infinity -> ok end;
grow(D, Parent) ->
    Parent ! {node, self()},
    [spawn_link(fun() -> grow(D - 1, Parent) end) || _ <- [1, 2, 3]],
    receive after infinity -> ok end.

main() ->
    Self = self(),
    Root = spawn(fun() -> grow(6, Self) end),
    Total = (3 * 3 * 3 * 3 * 3 * 3 * 3 - 1) div 2,
    Nodes = [receive {node, P} -> P end || _ <- lists:seq(1, Total)],
    Refs = [{monitor(process, P), P} || P <- Nodes],
    exit(Root, kill),
    Reasons = [receive {'DOWN', R, process, P, Why} -> Why end || {R, P} <- Refs],
    erlang:display(length(Reasons)),
    erlang:display(lists:usort(Reasons)),
    erlang:display(lists:member(Root, Nodes)).
