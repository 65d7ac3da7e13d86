%% Hashes of pids, ports and references of other nodes and of this node (built with
%% binary_to_term): erlang:phash2/1,2 and the older erlang:phash/2, which use only an
%% identifier's number (a reference's first id word; a port's full 64-bit number).
-module(etf_external_ids_hash).
-export([main/0]).
-compile(nowarn_deprecated_function).

pid(N, Id, Ser, Cr) -> binary_to_term(<<131, 88, 100, (byte_size(N)):16, N/binary, Id:32, Ser:32, Cr:32>>).
port(N, Id, Cr) -> binary_to_term(<<131, 120, 100, (byte_size(N)):16, N/binary, Id:64, Cr:32>>).
ref(N, Cr, Ids) ->
    binary_to_term(<<131, 90, (length(Ids)):16, 100, (byte_size(N)):16, N/binary, Cr:32,
                     << <<I:32>> || I <- Ids >>/binary>>).

main() ->
    L = <<"nonode@nohost">>,
    Ids = [pid(N, I, S, C) || N <- [<<"a@h">>, L], I <- [0, 1, 5, 1 bsl 15, (1 bsl 15) + 1, 1 bsl 20, 16#ffffffff],
                              S <- [0, 3], C <- [0, 1], N =/= L orelse C =/= 0 orelse I < 1 bsl 15]
        ++ [port(N, I, C) || N <- [<<"a@h">>, L], I <- [0, 1, 3, 1 bsl 27, 1 bsl 28, 1 bsl 32, (1 bsl 32) + 5, 1 bsl 40,
                                                      (1 bsl 40) + 7, 1 bsl 63], C <- [0, 2], N =/= L orelse I < 1 bsl 28 orelse C =/= 0]
        ++ [ref(N, C, W) || N <- [<<"a@h">>, L], C <- [0, 1], W <- [[], [0], [1], [2, 9], [7, 1, 2], [1 bsl 17, 0, 5], [5, 6, 7, 8, 9]],
                            N =/= L orelse C =/= 0 orelse (length(W) >= 1 andalso length(W) =< 3)],
    erlang:display(length(Ids)),
    [erlang:display({term_to_binary(X), erlang:phash2(X), erlang:phash2(X, 1 bsl 32), erlang:phash2(X, 7),
                     erlang:phash(X, 1 bsl 32), erlang:phash(X, 1000)}) || X <- Ids],
    erlang:display(erlang:phash2(list_to_tuple(Ids))),
    erlang:display(erlang:phash(Ids, 1 bsl 32)),
    erlang:display(erlang:phash2(maps:from_list([{X, 1} || X <- lists:sublist(Ids, 20)]))),
    ok.
