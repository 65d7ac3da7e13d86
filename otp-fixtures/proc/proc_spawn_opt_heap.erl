-module(proc_spawn_opt_heap).
-export([main/0]).

%% spawn_opt heap options show in process_info and the process works as usual.
main() ->
    Self = self(),
    P = spawn_opt(fun() -> receive go -> Self ! {sum, lists:sum(lists:seq(1, 10000))} end end,
                  [{min_heap_size, 2000}, {fullsweep_after, 0}]),
    erlang:display(process_info(P, [min_heap_size, fullsweep_after])),
    {heap_size, H} = process_info(P, heap_size),
    erlang:display(H >= 2000),
    P ! go,
    receive {sum, S} -> erlang:display(S) end,
    ok.
