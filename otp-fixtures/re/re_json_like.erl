%% JSON-like scalars
-module(re_json_like).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("-12.5", "^(?:(-?\\d+(?:\\.\\d+)?)|(true|false|null)|\"([^\"]*)\")$", [{capture, all, list}]),
    r("true", "^(?:(-?\\d+(?:\\.\\d+)?)|(true|false|null)|\"([^\"]*)\")$", [{capture, all, list}]),
    r("\"str\"", "^(?:(-?\\d+(?:\\.\\d+)?)|(true|false|null)|\"([^\"]*)\")$", [{capture, all, list}]),
    r("nul", "^(?:(-?\\d+(?:\\.\\d+)?)|(true|false|null)|\"([^\"]*)\")$", [{capture, all, list}]),
    r("1.", "^(?:(-?\\d+(?:\\.\\d+)?)|(true|false|null)|\"([^\"]*)\")$", [{capture, all, list}]),
    ok.
