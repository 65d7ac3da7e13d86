%% version strings with optional parts
-module(re_semver).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("1.2", "^(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-([\\w.]+))?$", [{capture, all, list}]),
    r("1.2.3", "^(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-([\\w.]+))?$", [{capture, all, list}]),
    r("1.2.3-rc.1", "^(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-([\\w.]+))?$", [{capture, all, list}]),
    r("1.2-beta", "^(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-([\\w.]+))?$", [{capture, all, list}]),
    r("v1.2", "^(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:-([\\w.]+))?$", [{capture, all, list}]),
    ok.
