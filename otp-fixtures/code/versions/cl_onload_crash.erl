%% A module whose on_load function raises.
-module(cl_onload_crash).
-on_load(init/0).
-export([f/0]).
init() -> error(on_load_boom).
f() -> should_not_run.
