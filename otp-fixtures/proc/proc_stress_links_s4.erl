%% args: +S 4 -s NAME main
-module(proc_stress_links_s4).
-export([main/0]).

%% Thousands of linked workers exit, are killed, or kill each other; the trapping parent
%% must see exactly one 'EXIT' per worker, never a lost or duplicated one.
-define(N, 3000).

worker(I, Peers) ->
    receive
        {go, Victims} ->
            [exit(element(V, Peers), kill) || V <- Victims],
            case I rem 3 of
                0 -> exit({done, I});
                1 -> ok;
                2 -> receive after infinity -> ok end
            end
    end.

main() ->
    process_flag(trap_exit, true),
    Self = self(),
    Holder = spawn(fun() -> receive {peers, T} -> Self ! {peers_ready, T} end end),
    Pids = [spawn_link(fun() -> receive {peers, Peers} -> worker(I, Peers) end end)
            || I <- lists:seq(1, ?N)],
    Peers = list_to_tuple(Pids),
    Holder ! {peers, Peers},
    receive {peers_ready, _} -> ok end,
    [P ! {peers, Peers} || P <- Pids],
    [P ! {go, [((I * 7) rem ?N) + 1 || I rem 5 =:= 0]} || {I, P} <- lists:zip(lists:seq(1, ?N), Pids)],
    %% Processes still waiting forever are killed at the end.
    receive after 100 -> ok end,
    [exit(P, kill) || P <- Pids],
    Reasons = collect(?N, []),
    erlang:display(length(lists:usort([P || {P, _} <- Reasons]))),
    erlang:display(lists:usort([kind(R) || {_, R} <- Reasons])),
    erlang:display(length(Reasons)),
    receive {'EXIT', _, _} -> erlang:display(duplicate) after 50 -> erlang:display(no_more) end,
    erlang:display(lists:member(true, [is_process_alive(P) || P <- Pids])).

kind({done, _}) -> done;
kind(R) -> R.

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive
        {'EXIT', P, R} ->
            case get(P) of
                seen -> erlang:display(duplicate_exit), collect(N - 1, Acc);
                undefined -> put(P, seen), collect(N - 1, [{P, R} | Acc])
            end
    after 10000 -> erlang:display({missing, N}), Acc
    end.
