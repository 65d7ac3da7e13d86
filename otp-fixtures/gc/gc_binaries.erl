%% Off-heap (reference-counted) binaries created and dropped in large numbers, sub-binaries that
%% keep a large binary alive, and binaries kept in a live list across collections.
-module(gc_binaries).
-export([main/0]).

main() ->
    Big = list_to_binary(lists:duplicate(100000, $x)),
    Subs = [binary_part(Big, I * 10, 10) || I <- lists:seq(0, 99)],
    Total = churn(20000, 0),
    erlang:display({churned, Total}),
    Kept = [list_to_binary(integer_to_list(I) ++ lists:duplicate(100, $k)) || I <- lists:seq(1, 2000)],
    churn(20000, 0),
    erlang:display({kept, length(Kept), lists:sum([byte_size(B) || B <- Kept])}),
    erlang:display({subs, length(Subs), lists:usort(Subs), byte_size(Big)}),
    erlang:display({first_kept, binary_part(hd(Kept), 0, 5)}),
    ok.

churn(0, Acc) -> Acc;
churn(N, Acc) ->
    B = list_to_binary(lists:duplicate(200, N rem 256)),
    churn(N - 1, Acc + byte_size(B)).
