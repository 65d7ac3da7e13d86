%% erts_debug:get_internal_state({internal_hash, Term}): the VM's internal hash of terms other
%% than atoms and identifiers.
-module(bif2_internal_state_hash).
-export([main/0]).

main() ->
    erlang:system_flag(system_logger, undefined),
    erts_debug:set_internal_state(available_internal_state, true),
    Terms = [0, 1, -1, 42, 1 bsl 59 - 1, 1 bsl 59, -(1 bsl 59), 1 bsl 64, 1 bsl 200, -(1 bsl 100),
             1.5, 0.0, -2.5, 1.0e300, [], [1], [1, 2, 3], "abc", [1 | 2], {}, {1}, {1, 2}, {[], {}},
             <<>>, <<"abc">>, <<1, 2, 3, 4, 5, 6, 7, 8, 9>>, <<1:3>>, <<255, 7:4>>,
             #{}, #{1 => 2}, maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
             list_to_binary(lists:seq(1, 200)), lists:seq(1, 50)],
    [erlang:display(erts_debug:get_internal_state({internal_hash, T})) || T <- Terms],
    ok.
