-module(proc_after_zero_order).
-export([main/0]).

%% receive ... after 0 only looks at what is already there.
drain(Acc) -> receive X -> drain([X | Acc]) after 0 -> lists:reverse(Acc) end.

main() ->
    erlang:display(drain([])),
    [self() ! I || I <- [3, 1, 2]],
    erlang:display(drain([])),
    erlang:display(receive _ -> got after 0 -> empty end),
    ok.
