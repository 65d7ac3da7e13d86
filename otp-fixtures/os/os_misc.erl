%% os:getpid/0 (a decimal string), os:system_time/0,1 against erlang:system_time/1,
%% os:perf_counter/0,1, os:timestamp/0, os:set_signal/2 and its badarg cases.
-module(os_misc).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    D = fun(X) -> erlang:display(X) end,
    Pid = os:getpid(),
    D({is_list(Pid), list_to_integer(Pid) > 0}),
    S1 = os:system_time(second), E1 = erlang:system_time(second),
    D(abs(S1 - E1) =< 2),
    D(is_integer(os:system_time())),
    [D({U, is_integer(os:system_time(U))}) || U <- [second, millisecond, microsecond, nanosecond, native, 1000]],
    D(t(fun() -> os:system_time(bogus) end)),
    P1 = os:perf_counter(), P2 = os:perf_counter(),
    D(P2 >= P1),
    D(is_integer(os:perf_counter(millisecond))),
    {M, S, U} = os:timestamp(),
    D(M * 1000000 + S - os:system_time(second) =< 2),
    D(U < 1000000),
    [D({Sig, Opt, t(fun() -> os:set_signal(Sig, Opt) end)})
     || {Sig, Opt} <- [{sigusr1, ignore}, {sigusr1, default}, {sighup, handle},
                       {sigkill, ignore}, {sigusr1, foo}, {"sigusr1", ignore}]],
    ok.
