-module(proc_spawn_link_errors).
-export([main/0]).

%% A spawn_link child that exits abnormally takes a non-trapping parent with it.
main() ->
    Self = self(),
    {P, R} = spawn_monitor(fun() ->
        spawn_link(fun() -> exit(child_reason) end),
        receive after 1000 -> Self ! not_killed end
    end),
    receive {'DOWN', R, process, P, Why} -> erlang:display(Why) end,
    {P2, R2} = spawn_monitor(fun() ->
        spawn_link(fun() -> ok end),
        receive after 30 -> exit(parent_fine) end
    end),
    receive {'DOWN', R2, process, P2, Why2} -> erlang:display(Why2) end,
    receive not_killed -> erlang:display(bad) after 0 -> erlang:display(ok) end.
