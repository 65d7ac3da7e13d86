%% Purging a module while 100,000 processes live that do not run it: each of them must be looked
%% at once. Loads two versions of cl_spin (from the code fixtures' header), spawns the processes
%% idling in this module, and times erlang:purge_module/1. Prints `processes=N seconds=S`.
-module(purge_bench).
-export([main/0, idle/0]).
-include("code_versions.hrl").

-define(PROCESSES, 100000).

idle() -> receive stop -> ok end.

main() ->
    {module, cl_spin} = erlang:load_module(cl_spin, ?CL_SPIN_V1),
    {module, cl_spin} = erlang:load_module(cl_spin, ?CL_SPIN_V2),
    Pids = [spawn(?MODULE, idle, []) || _ <- lists:seq(1, ?PROCESSES)],
    T0 = erlang:monotonic_time(microsecond),
    true = erlang:purge_module(cl_spin),
    T1 = erlang:monotonic_time(microsecond),
    io_format(?PROCESSES, (T1 - T0) / 1.0e6),
    [P ! stop || P <- Pids],
    ok.

io_format(N, Seconds) ->
    erlang:display(lists:flatten(["processes=", integer_to_list(N), " seconds=",
                                  float_to_list(Seconds, [{decimals, 4}])])).
