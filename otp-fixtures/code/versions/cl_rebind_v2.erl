%% Version 2 of cl_rebind: the same funs, another g/0 (so another module MD5).
-module(cl_rebind).
-export([mk/0, mk_env/1, g/0]).
mk() -> fun() -> {g(), 1} end.
mk_env(X) -> fun(Y) -> {X, Y, g()} end.
g() -> two.
