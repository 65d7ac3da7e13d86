%% many named groups: all_names order, inspect and lookups
-module(re_named_many).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("2024-05-06T07:08:09", "(?<year>\\d+)-(?<mon>\\d+)-(?<day>\\d+)T(?<h>\\d+):(?<min>\\d+):(?<s>\\d+)", [{capture, all_names, list}]),
    r("2024-05-06T07:08:09", "(?<year>\\d+)-(?<mon>\\d+)-(?<day>\\d+)T(?<h>\\d+):(?<min>\\d+):(?<s>\\d+)", [{capture, [s, h, year], list}]),
    r("2024-05-06T07:08:09", "(?<year>\\d+)-(?<mon>\\d+)-(?<day>\\d+)T(?<h>\\d+):(?<min>\\d+):(?<s>\\d+)", [{capture, all_but_first, list}]),
    r("2024-05-06T07:08:09", "(?<year>\\d+)-(?<mon>\\d+)-(?<day>\\d+)T(?<h>\\d+):(?<min>\\d+):(?<s>\\d+)", [{capture, ["day"], binary}]),
    r("2024-05-06T07:08:09", "(?<year>\\d+)-(?<mon>\\d+)-(?<day>\\d+)T(?<h>\\d+):(?<min>\\d+):(?<s>\\d+)", [{capture, [mon, 99], index}]),
    ok.
