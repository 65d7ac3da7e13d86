%% A deeply nested exit reason: printed whole on stdout (as erl's init does), depth-limited
%% on standard error.
-module(crash_deep_reason).
-export([main/0]).
main() -> exit(nest(100000, x)).
nest(0, A) -> A;
nest(N, A) -> nest(N - 1, {A, [N]}).
