%% Pids, ports and references of other nodes travel in messages, survive garbage collection,
%% serve as map keys (flatmaps and hash tries) and are captured by closures, staying equal to
%% the originals. Sending to another node's pid or reference is silently dropped (this node is
%% not distributed).
-module(etf_external_ids_messages).
-export([main/0]).

pid(N, Id, Ser, Cr) -> binary_to_term(<<131, 88, 100, (byte_size(N)):16, N/binary, Id:32, Ser:32, Cr:32>>).
port(N, Id, Cr) -> binary_to_term(<<131, 120, 100, (byte_size(N)):16, N/binary, Id:64, Cr:32>>).
ref(N, Cr, Ids) ->
    binary_to_term(<<131, 90, (length(Ids)):16, 100, (byte_size(N)):16, N/binary, Cr:32,
                     << <<I:32>> || I <- Ids >>/binary>>).

ids(K) ->
    Node = list_to_binary("node" ++ integer_to_list(K rem 5) ++ "@host"),
    [pid(Node, K, K rem 3, K rem 4), port(Node, K * 1000003, K rem 2),
     ref(Node, K rem 7, [K, K * 3, K * 5]), ref(<<"nonode@nohost">>, 0, [K rem 1000, 1, 16#ffff0000 + K])].

echo() ->
    receive
        {From, Msg} -> From ! {self(), Msg}, echo();
        stop -> ok
    end.

main() ->
    Ids = lists:append([ids(K) || K <- lists:seq(1, 200)]),
    Echo = spawn(fun echo/0),
    Echo ! {self(), Ids},
    Back = receive {Echo, M} -> M end,
    erlang:display(Back =:= Ids),
    erlang:garbage_collect(),
    self() ! {wrapped, list_to_tuple(Ids)},
    Wrapped = receive {wrapped, T} -> tuple_to_list(T) end,
    erlang:display(Wrapped =:= Ids),
    %% Many collections while the identifiers are live on the heap.
    Churn = lists:foldl(fun(I, Acc) -> [lists:nth(1 + I rem length(Ids), Ids) | Acc] end, [], lists:seq(1, 20000)),
    erlang:garbage_collect(),
    erlang:display({length(Churn), lists:usort(Churn) =:= lists:usort(Ids)}),
    Small = maps:from_list([{X, I} || {X, I} <- lists:zip(lists:sublist(Ids, 16), lists:seq(1, 16))]),
    erlang:display([term_to_binary(K) || K <- maps:keys(Small)]),
    erlang:display(maps:values(Small)),
    Big = maps:from_list(lists:zip(Ids, lists:seq(1, length(Ids)))),
    erlang:display({map_size(Big), [maps:get(X, Big) || X <- lists:sublist(Ids, 1, 40)]}),
    Echo ! {self(), Big},
    BigBack = receive {Echo, B} -> B end,
    erlang:display({BigBack =:= Big, lists:sort(maps:to_list(BigBack)) =:= lists:sort(maps:to_list(Big))}),
    [First | _] = Ids,
    F = fun() -> {First, lists:last(Ids)} end,
    Echo ! {self(), F},
    G = receive {Echo, Fn} -> Fn end,
    erlang:display(G() =:= F()),
    erlang:display([X ! hello || X <- lists:sublist(Ids, 4), not is_port(X)]),
    erlang:display(try port(<<"a@b">>, 1, 1) ! hello catch error:badarg -> badarg end),
    Echo ! stop,
    ok.
