%% args: +S 1 -s NAME main
-module(proc_preempt_funs).
-export([main/0]).

%% On one scheduler, a process that loops only through fun calls (local funs, an external fun,
%% a fun held in a Y register) must still be preempted: fun calls count reductions like every
%% other call, so the other processes keep running.

spin(F, N) -> F(F, N + 1).

spin_ext(N) -> _ = (fun erlang:abs/1)(N), spin_ext_again(N + 1).
spin_ext_again(N) -> F = fun spin_ext/1, F(N).

spin_body(F, N) ->
    _ = F(N),
    spin_body(F, N + 1).

main() ->
    Spinners = [spawn(fun() -> spin(fun spin/2, 0) end),
                spawn(fun() -> spin_ext(0) end),
                spawn(fun() -> spin_body(fun(X) -> X * 2 end, 0) end)],
    Self = self(),
    spawn(fun() -> Self ! {done, lists:sum(lists:seq(1, 1000))} end),
    receive {done, S} -> erlang:display(S) end,
    [exit(P, kill) || P <- Spinners],
    erlang:display(ok).
