%% An uncaught badarg from a BIF ends the boot with the do_boot line and exit status 1.
-module(crash_badarg).
-export([main/0]).

main() ->
    erlang:display(before),
    erlang:atom_to_list(id("not an atom")).

id(X) -> X.
