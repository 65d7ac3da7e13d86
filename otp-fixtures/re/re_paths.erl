%% file paths split by directory and extension
-module(re_paths).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("/usr/lib/erlang/bin/erl", "^(.*/)?([^/]*?)(\\.[^./]*)?$", [{capture, all, list}]),
    r("file.tar.gz", "^(.*/)?([^/]*?)(\\.[^./]*)?$", [{capture, all, list}]),
    r("dir/", "^(.*/)?([^/]*?)(\\.[^./]*)?$", [{capture, all, list}]),
    r(".hidden", "^(.*/)?([^/]*?)(\\.[^./]*)?$", [{capture, all, list}]),
    r("noext", "^(.*/)?([^/]*?)(\\.[^./]*)?$", [{capture, all, list}]),
    ok.
