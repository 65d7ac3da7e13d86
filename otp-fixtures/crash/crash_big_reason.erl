%% A large exit reason (a long list and a nested tuple) is printed in full on the do_boot line.
-module(crash_big_reason).
-export([main/0]).

main() ->
    erlang:display(building),
    exit({big, lists:seq(1, 3000), nest(50)}).

nest(0) -> leaf;
nest(N) -> {N, nest(N - 1)}.
