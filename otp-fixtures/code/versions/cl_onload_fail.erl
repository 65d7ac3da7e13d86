%% A module whose on_load function returns something other than ok.
-module(cl_onload_fail).
-on_load(init/0).
-export([f/0]).
init() -> {error, not_today}.
f() -> should_not_run.
