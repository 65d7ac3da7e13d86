%% scheme, host, port and path of URLs
-module(re_urls).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("http://example.com", "^(\\w+)://([^/:]+)(?::(\\d+))?(/.*)?$", [{capture, all, list}]),
    r("https://a.b:8080/p/q?x=1", "^(\\w+)://([^/:]+)(?::(\\d+))?(/.*)?$", [{capture, all, list}]),
    r("ftp://host/", "^(\\w+)://([^/:]+)(?::(\\d+))?(/.*)?$", [{capture, all, list}]),
    r("nourl", "^(\\w+)://([^/:]+)(?::(\\d+))?(/.*)?$", [{capture, all, list}]),
    ok.
