-module(proc_deep_link_trap).
-export([main/0]).

%% A trapping process linked to many children collects each child's exit reason.
main() ->
    process_flag(trap_exit, true),
    Kids = [spawn_link(fun() -> exit({kid, I}) end) || I <- lists:seq(1, 200)],
    Rs = [receive {'EXIT', K, {kid, I}} -> I end || K <- Kids],
    erlang:display(lists:sum(Rs)),
    erlang:display(element(2, process_info(self(), links)) -- Kids =:= element(2, process_info(self(), links))),
    ok.
