%% Version 1 of cl_rebind (compiled into code_versions.hrl by scripts/code-versions.sh).
-module(cl_rebind).
-export([mk/0, mk_env/1, g/0]).
mk() -> fun() -> {g(), 1} end.
mk_env(X) -> fun(Y) -> {X, Y, g()} end.
g() -> one.
