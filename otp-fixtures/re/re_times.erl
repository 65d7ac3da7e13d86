%% clock times with ranges per field
-module(re_times).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("23:59", "^([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?$", [{capture, all, list}]),
    r("7:05:09", "^([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?$", [{capture, all, list}]),
    r("24:00", "^([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?$", [{capture, all, list}]),
    r("12:60", "^([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?$", [{capture, all, list}]),
    r("00:00:00", "^([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?$", [{capture, all, list}]),
    ok.
