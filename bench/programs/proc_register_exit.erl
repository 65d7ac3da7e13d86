%% Registry: 200,000 registered processes exit; the time runs until the last name is gone.
-module(proc_register_exit).
-export([main/0]).

-define(N, 200000).

main() ->
    Names = [list_to_atom("proc_register_exit_" ++ integer_to_list(I)) || I <- lists:seq(1, ?N)],
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- Names],
    [true = register(Name, Pid) || {Name, Pid} <- lists:zip(Names, Pids)],
    Last = lists:last(Names),
    T0 = erlang:monotonic_time(),
    [Pid ! stop || Pid <- Pids],
    wait_gone(Last),
    T1 = erlang:monotonic_time(),
    Left = length([N || N <- Names, whereis(N) =/= undefined]),
    erlang:display({bench, register_exit,
                    erlang:convert_time_unit(T1 - T0, native, microsecond), Left}).

wait_gone(Name) ->
    case whereis(Name) of
        undefined -> ok;
        _ -> erlang:yield(), wait_gone(Name)
    end.
