%% parsing log lines with anchors, classes and named groups
-module(re_log_lines).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("INFO [app] started", "^(?<lvl>INFO|WARN|ERROR)\\s+\\[(?<mod>[a-z_]+)\\]\\s+(?<msg>.*)$", [{capture, [lvl, mod, msg], list}]),
    r("ERROR [db_pool] timeout after 5s", "^(?<lvl>INFO|WARN|ERROR)\\s+\\[(?<mod>[a-z_]+)\\]\\s+(?<msg>.*)$", [{capture, [lvl, mod, msg], list}]),
    r("DEBUG [x] y", "^(?<lvl>INFO|WARN|ERROR)\\s+\\[(?<mod>[a-z_]+)\\]\\s+(?<msg>.*)$", [{capture, [lvl, mod, msg], list}]),
    r("WARN [a]  two  spaces", "^(?<lvl>INFO|WARN|ERROR)\\s+\\[(?<mod>[a-z_]+)\\]\\s+(?<msg>.*)$", [{capture, [lvl, mod, msg], list}]),
    ok.
