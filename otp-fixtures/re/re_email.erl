%% a realistic address pattern with groups
-module(re_email).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("a@b.com", "^([\\w.+-]+)@([\\w-]+)\\.([\\w.]+)$", [{capture, all, list}]),
    r("first.last+tag@sub-domain.example.org", "^([\\w.+-]+)@([\\w-]+)\\.([\\w.]+)$", [{capture, all, list}]),
    r("bad@", "^([\\w.+-]+)@([\\w-]+)\\.([\\w.]+)$", [{capture, all, list}]),
    r("@bad.com", "^([\\w.+-]+)@([\\w-]+)\\.([\\w.]+)$", [{capture, all, list}]),
    r("x@y.z", "^([\\w.+-]+)@([\\w-]+)\\.([\\w.]+)$", [{capture, all, list}]),
    ok.
