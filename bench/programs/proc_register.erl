%% Registry: one process registers 200,000 waiting processes under distinct names, looks each
%% up, and unregisters them all.
-module(proc_register).
-export([main/0]).

-define(N, 200000).

main() ->
    Names = [list_to_atom("proc_register_" ++ integer_to_list(I)) || I <- lists:seq(1, ?N)],
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- Names],
    Pairs = lists:zip(Names, Pids),
    T0 = erlang:monotonic_time(),
    [true = register(Name, Pid) || {Name, Pid} <- Pairs],
    Found = length([ok || {Name, Pid} <- Pairs, whereis(Name) =:= Pid]),
    [true = unregister(Name) || Name <- Names],
    T1 = erlang:monotonic_time(),
    [Pid ! stop || Pid <- Pids],
    erlang:display({bench, register, erlang:convert_time_unit(T1 - T0, native, microsecond),
                    Found}).
