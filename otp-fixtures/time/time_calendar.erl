%% The calendar module's conversions over the time BIFs, under a zone with a half-hour DST
%% shift: local/universal conversions, gregorian seconds, now_to_* of fixed timestamps.
%% env: TZ=Australia/Lord_Howe
-module(time_calendar).
-export([main/0]).
-compile(nowarn_deprecated_function).

main() ->
    D = fun(X) -> erlang:display(X) end,
    Times = [{{2021,4,4},{1,45,0}}, {{2021,10,3},{2,15,0}}, {{2000,1,1},{0,0,0}},
             {{1999,12,31},{23,59,59}}, {{2038,1,19},{3,14,8}}],
    [D({T, calendar:local_time_to_universal_time(T), calendar:universal_time_to_local_time(T),
        calendar:local_time_to_universal_time_dst(T), calendar:datetime_to_gregorian_seconds(T)})
     || T <- Times],
    [D({Now, calendar:now_to_universal_time(Now), calendar:now_to_local_time(Now)})
     || Now <- [{0, 0, 0}, {1617, 500700, 0}, {1633, 227300, 999999}]],
    D(calendar:gregorian_seconds_to_datetime(63776563200)),
    D(calendar:system_time_to_universal_time(1617500700, second)),
    D(calendar:system_time_to_local_time(1617500700000, millisecond)),
    D(calendar:rfc3339_to_system_time("2021-04-04T01:45:00+11:00")),
    D(calendar:system_time_to_rfc3339(1617500700, [{offset, "Z"}])),
    ok.
