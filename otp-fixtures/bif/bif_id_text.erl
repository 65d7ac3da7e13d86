%% The text forms of identifiers: list_to_pid/1, list_to_port/1 and list_to_ref/1 (what they
%% accept and refuse) and pid_to_list/1, port_to_list/1, ref_to_list/1 back; nodes/0,1 on a node
%% that is not distributed.
-module(bif_id_text).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Pids = [t(fun() -> list_to_pid(S) end)
            || S <- ["<0.1.2>", "<0.32767.8191>", "<0.32768.0>", "<0.1.8192>", "<0.1.2", "<0.1>", "< 0.1.2>",
                     "<0.01.2>", "<0.-1.2>", "<0.1.2>x", "", "<0..2>", "<00.1.2>", "<0.1.2.3>", "<0.99999999999.0>"]],
    erlang:display(Pids),
    erlang:display([pid_to_list(P) || P <- Pids, is_pid(P)]),
    Ports = [t(fun() -> list_to_port(S) end)
             || S <- ["#Port<0.1>", "#Port<0.268435455>", "#Port<0.268435456>", "#Port<0.1.2>", "#port<0.1>",
                      "#Port<0.01>", "#Port<0.>", "#Port<0.99999999999999999999999>"]],
    erlang:display(Ports),
    erlang:display([port_to_list(P) || P <- Ports, is_port(P)]),
    Refs = [t(fun() -> list_to_ref(S) end)
            || S <- ["#Ref<0.1.2.3>", "#Ref<0.1>", "#Ref<0.1.2>", "#Ref<0.1.2.3.4>", "#Ref<0.1.2.3.4.5>",
                     "#Ref<0.4294967295.0.262143>", "#Ref<0.0.0.262144>", "#Ref<0.4294967296.0.1>",
                     "#Ref<0>", "#Ref<0.>", "#Ref<0.1.2.3.4.5.6>", "#Ref<0.0.2.0>"]],
    erlang:display(Refs),
    erlang:display([{ref_to_list(R), term_to_binary(R), list_to_ref(ref_to_list(R)) =:= R} || R <- Refs, is_reference(R)]),
    erlang:display([t(fun() -> F(X) end) || F <- [fun pid_to_list/1, fun ref_to_list/1, fun port_to_list/1],
                                             X <- [a, 1, "<0.1.2>", list_to_pid("<0.1.2>"), list_to_port("#Port<0.3>")]]),
    erlang:display([t(fun() -> F(X) end) || F <- [fun list_to_pid/1, fun list_to_ref/1, fun list_to_port/1],
                                             X <- [a, [a | b], "<0.1.2>", <<"<0.1.2>">>, [$<, 0.5]]]),
    erlang:display([t(fun() -> erlang:nodes(A) end)
                    || A <- [visible, hidden, connected, this, known, [this, known], [], [visible, this], bad, [bad], [this | x]]]),
    erlang:display(nodes()),
    %% Another incarnation of this node prints with index 0 too.
    N = <<"nonode@nohost">>,
    erlang:display(pid_to_list(binary_to_term(<<131, 88, 100, 0, 13, N/binary, 5:32, 2:32, 7:32>>))),
    erlang:display(ref_to_list(binary_to_term(<<131, 90, 0, 1, 100, 0, 13, N/binary, 7:32, 5:32>>))),
    erlang:display(port_to_list(binary_to_term(<<131, 120, 100, 0, 13, N/binary, (1 bsl 40):64, 7:32>>))),
    ok.
