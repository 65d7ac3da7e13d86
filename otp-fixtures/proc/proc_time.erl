-module(proc_time).
-export([main/0, err/1]).

main() ->
    erlang:display(erlang:convert_time_unit(1, second, millisecond)),
    erlang:display(erlang:convert_time_unit(1, second, microsecond)),
    erlang:display(erlang:convert_time_unit(1, second, nanosecond)),
    erlang:display(erlang:convert_time_unit(1, second, native)),
    erlang:display(erlang:convert_time_unit(1999, millisecond, second)),
    erlang:display(erlang:convert_time_unit(-1, millisecond, second)),
    erlang:display(erlang:convert_time_unit(-1999, millisecond, second)),
    erlang:display(erlang:convert_time_unit(5, 1000, 10)),
    erlang:display(erlang:convert_time_unit(1 bsl 62, nanosecond, second)),
    erlang:display(erlang:convert_time_unit(3, seconds, milli_seconds)),
    erlang:display(err(fun() -> erlang:convert_time_unit(1, second, fortnight) end)),
    erlang:display(err(fun() -> erlang:convert_time_unit(1.0, second, second) end)),
    erlang:display(err(fun() -> erlang:convert_time_unit(1, 0, second) end)),
    T1 = erlang:monotonic_time(), T2 = erlang:monotonic_time(),
    erlang:display(T2 >= T1),
    erlang:display(is_integer(erlang:monotonic_time(millisecond))),
    S = erlang:system_time(second),
    erlang:display(S > 1600000000),
    erlang:display(abs(erlang:system_time() - (erlang:monotonic_time() + erlang:time_offset())) < 1000000000),
    {Mega, Sec, Micro} = erlang:timestamp(),
    erlang:display(Mega * 1000000 + Sec - S =< 1),
    erlang:display(Micro < 1000000),
    N1 = erlang:now(), N2 = erlang:now(),
    erlang:display(N2 > N1),
    erlang:display(err(fun() -> erlang:monotonic_time(bogus) end)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
