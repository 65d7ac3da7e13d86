%% self/0, node/0,1, make_ref/0 and friends, observed without printing pids or references:
%% types, equality, node names, and that each new reference is distinct.
-module(bif_identity).
-export([main/0]).

main() ->
    P = self(),
    erlang:display({is_pid(P), P =:= self(), node(), node(P), node() =:= node(P), is_atom(node())}),
    R1 = make_ref(),
    R2 = make_ref(),
    erlang:display({is_reference(R1), R1 =:= R1, R1 =:= R2, R1 == R2, node(R1), (R1 < R2) orelse (R1 > R2)}),
    Refs = [make_ref() || _ <- lists:seq(1, 1000)],
    erlang:display(length(lists:usort(Refs))),
    erlang:display({erlang:is_alive(), nodes(), is_process_alive(P)}),
    erlang:display(catch node(not_a_pid)),
    erlang:display({length(pid_to_list(P)) > 4, hd(pid_to_list(P)), lists:last(pid_to_list(P))}),
    erlang:display(list_to_pid(pid_to_list(P)) =:= P),
    erlang:display({hd(ref_to_list(R1)), list_to_ref(ref_to_list(R1)) =:= R1}),
    ok.
