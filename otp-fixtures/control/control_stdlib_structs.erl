%% Data structures from stdlib (Erlang code running on the VM): gb_trees, gb_sets, queue, orddict,
%% ordsets, sets, array and proplists, driven with a few thousand operations; only ordered views are
%% printed.
-module(control_stdlib_structs).
-export([main/0]).

main() ->
    Keys = [(I * 7919) rem 10007 || I <- lists:seq(1, 3000)],
    T = lists:foldl(fun(K, Acc) -> gb_trees:enter(K, K * 2, Acc) end, gb_trees:empty(), Keys),
    erlang:display({gb_trees:size(T), gb_trees:smallest(T), gb_trees:largest(T), gb_trees:lookup(7919, T)}),
    T2 = lists:foldl(fun(K, Acc) -> gb_trees:delete_any(K, Acc) end, T, lists:sublist(Keys, 1000)),
    erlang:display({gb_trees:size(T2), lists:sublist(gb_trees:keys(T2), 8)}),
    S = gb_sets:from_list(Keys),
    erlang:display({gb_sets:size(S), gb_sets:is_member(3, S), gb_sets:to_list(gb_sets:filter(fun(X) -> X < 50 end, S))}),
    Q = lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, 1000)),
    {{value, First}, Q2} = queue:out(Q),
    erlang:display({First, queue:len(Q2), queue:peek_r(Q2), lists:sublist(queue:to_list(queue:reverse(Q2)), 3)}),
    D = lists:foldl(fun(K, Acc) -> orddict:update_counter(K rem 10, 1, Acc) end, orddict:new(), Keys),
    erlang:display(D),
    erlang:display(ordsets:intersection(ordsets:from_list([1, 3, 5, 7, 9]), ordsets:from_list([3, 4, 5, 6]))),
    Set = sets:from_list([K rem 100 || K <- Keys]),
    erlang:display({sets:size(Set), lists:sort(sets:to_list(sets:filter(fun(X) -> X > 95 end, Set)))}),
    A = lists:foldl(fun(I, Acc) -> array:set(I, I * I, Acc) end, array:new(), lists:seq(0, 499)),
    erlang:display({array:size(A), array:get(123, A), array:get(600, A), array:sparse_size(A)}),
    P = [{a, 1}, b, {c, 3}, {a, 4}],
    erlang:display({proplists:get_value(a, P), proplists:get_bool(b, P), proplists:get_all_values(a, P),
                    proplists:get_value(z, P, default)}),
    ok.
