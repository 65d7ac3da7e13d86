-module(proc_exit_trap_kinds).
-export([main/0]).

%% A trapping process turns every exit signal into a message, except kill from exit/2.
main() ->
    Self = self(),
    T = spawn(fun() ->
        process_flag(trap_exit, true),
        Self ! ready,
        loop(Self)
    end),
    receive ready -> ok end,
    [begin exit(T, R), receive {trapped, X} -> erlang:display(X) end end
     || R <- [normal, shutdown, {a, b}, 17, "str", killed]],
    exit(T, kill),
    M = monitor(process, T),
    receive {'DOWN', M, process, T, Why} -> erlang:display({down, Why}) end.

loop(Parent) ->
    receive
        {'EXIT', From, R} ->
            Parent ! {trapped, {from_parent, From =:= Parent, R}},
            loop(Parent)
    end.
