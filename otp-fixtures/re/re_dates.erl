%% dates with named groups and alternatives
-module(re_dates).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("2024-01-31", "(?<y>\\d{4})[-/](?<m>0[1-9]|1[0-2])[-/](?<d>\\d{2})", [{capture, [y, m, d], list}]),
    r("2024/12/01", "(?<y>\\d{4})[-/](?<m>0[1-9]|1[0-2])[-/](?<d>\\d{2})", [{capture, [y, m, d], list}]),
    r("2024-13-01", "(?<y>\\d{4})[-/](?<m>0[1-9]|1[0-2])[-/](?<d>\\d{2})", [{capture, [y, m, d], list}]),
    r("on 1999-09-09 and 2000-01-01", "(?<y>\\d{4})[-/](?<m>0[1-9]|1[0-2])[-/](?<d>\\d{2})", [{capture, [y, m, d], list}]),
    r("1999-09-09 2000-01-01", "(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)", [global, {capture, all_names, list}]),
    ok.
