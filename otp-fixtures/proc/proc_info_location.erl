%% process_info items current_function, current_location, current_stacktrace and parent, for
%% the calling process itself (which reports the function that asks) and for other processes
%% waiting at various depths; and reductions growing within one time slice.
-module(proc_info_location).
-export([main/0, waiter/0, deep/1, via_apply/0]).

main() ->
    erlang:display(process_info(self(), current_function)),
    erlang:display(strip(process_info(self(), current_location))),
    {current_stacktrace, [Top | _]} = process_info(self(), current_stacktrace),
    erlang:display(Top),
    erlang:display(process_info(self(), [current_function, current_location])),
    erlang:display(helper()),
    erlang:display(via_apply()),
    P = spawn(?MODULE, waiter, []),
    D = spawn(?MODULE, deep, [3]),
    F = spawn(fun() -> receive x -> ok end end),
    G = spawn(fun() -> ok end),
    receive after 50 -> ok end,
    [begin
         erlang:display(process_info(X, current_function)),
         erlang:display(process_info(X, current_location)),
         erlang:display(process_info(X, current_stacktrace))
     end || X <- [P, D, F]],
    erlang:display(process_info(G, current_stacktrace)),
    erlang:display([process_info(X, parent) =:= {parent, self()} || X <- [P, D, F]]),
    Me = self(),
    C = spawn(fun() -> Inner = spawn(fun() -> receive _ -> ok end end), Me ! {inner, Inner}, receive _ -> ok end end),
    receive {inner, I} -> erlang:display({grandchild_parent, process_info(I, parent) =:= {parent, C}}) end,
    receive after 20 -> ok end,
    erlang:display(process_info(C, current_function)),
    erlang:display(process_info(C, [parent]) =:= [{parent, self()}]),
    {reductions, R0} = process_info(self(), reductions),
    ok = burn(200),
    {reductions, R1} = process_info(self(), reductions),
    {reductions, R2} = process_info(self(), reductions),
    erlang:display({reductions_grow, R1 - R0 >= 200, R2 > R1}),
    [exit(X, kill) || X <- [P, D, F, C, I]],
    ok.

strip({current_location, {M, F, A, Loc}}) -> {M, F, A, Loc}.

helper() ->
    {current_stacktrace, S} = process_info(self(), current_stacktrace),
    [E || {M, _, _, _} = E <- S, M =:= ?MODULE].

via_apply() ->
    [apply(erlang, process_info, [self(), current_function]),
     (fun erlang:process_info/2)(self(), current_location)].

burn(0) -> ok;
burn(N) -> burn(N - 1).

waiter() -> receive x -> ok end.

deep(0) -> receive x -> ok end, 0;
deep(N) -> 1 + deep(N - 1).
