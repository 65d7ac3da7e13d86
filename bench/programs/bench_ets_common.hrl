%% What bench_ets.hrl and bench_ets_conc.hrl share: the resident set size, and main/0, which
%% runs the including file's run(?TYPE) and prints the total, then each phase recorded in the
%% `phases` key of the dictionary, then each figure recorded under `memory`.

%% Resident set size in bytes (Linux).
rss() ->
    {ok, Statm} = file:read_file("/proc/self/statm"),
    [_, Pages | _] = binary:split(Statm, <<" ">>, [global]),
    binary_to_integer(Pages) * 4096.

main() ->
    put(phases, []),
    put(memory, []),
    T0 = erlang:monotonic_time(),
    Check = run(?TYPE),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, ?NAME, erlang:convert_time_unit(T1 - T0, native, microsecond), Check}),
    [erlang:display({bench_phase, Name, Us, R}) || {Name, Us, R} <- lists:reverse(get(phases))],
    [erlang:display({bench_memory, Name, V}) || {Name, V} <- lists:reverse(get(memory))],
    ok.
