-module(proc_on_exit).
-export([main/0]).

%% The on_exit pattern: a watcher monitors a process and runs a fun when it dies.
on_exit(Pid, Fun) ->
    spawn(fun() ->
        Ref = monitor(process, Pid),
        receive {'DOWN', Ref, process, Pid, Why} -> Fun(Why) end
    end).

main() ->
    Self = self(),
    Cases = [normal, {shutdown, x}, kill, crash],
    lists:foreach(fun(Case) ->
        P = spawn(fun() ->
            receive
                go when Case =:= crash -> exit({oops, [stack]});
                go when Case =:= kill -> receive after infinity -> ok end;
                go -> exit(Case)
            end
        end),
        on_exit(P, fun(Why) -> Self ! {died, Case, strip(Why)} end),
        receive after 10 -> ok end,
        P ! go,
        case Case of kill -> exit(P, kill); _ -> ok end,
        receive {died, Case, W} -> erlang:display({Case, W}) end
    end, Cases),
    D = spawn(fun() -> ok end),
    receive after 10 -> ok end,
    on_exit(D, fun(Why) -> Self ! {died_early, Why} end),
    receive {died_early, W} -> erlang:display({already_dead, W}) end.

strip({R, Stack}) when is_list(Stack) -> R;
strip(R) -> R.
