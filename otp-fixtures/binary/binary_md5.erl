%% erlang:md5/1 and the incremental md5_init/md5_update/md5_final over binaries and iolists:
%% known digests, chunked updates equal to the whole, and badarg for bad data and contexts.
-module(binary_md5).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

hex(B) -> << <<(hd(integer_to_list(N, 16))):8>> || <<N:4>> <= B >>.

main() ->
    Data = [<<>>, <<"a">>, <<"abc">>, <<"message digest">>, "abcdefghijklmnopqrstuvwxyz",
            [<<"The quick brown fox ">>, "jumps over", [$\s | <<"the lazy dog">>]],
            binary:copy(<<"1234567890">>, 8), binary:copy(<<0>>, 55), binary:copy(<<0>>, 56),
            binary:copy(<<0>>, 63), binary:copy(<<0>>, 64), binary:copy(<<"x">>, 1000000)],
    [erlang:display(hex(erlang:md5(?MODULE:id(D)))) || D <- Data],
    Whole = list_to_binary(lists:seq(0, 255)),
    Chunks = [1, 3, 7, 64, 65, 200],
    [begin
         Ctx = chunked(erlang:md5_init(), Whole, C),
         erlang:display({C, erlang:md5_final(Ctx) =:= erlang:md5(Whole)})
     end || C <- Chunks],
    erlang:display(hex(erlang:md5_final(erlang:md5_update(erlang:md5_init(), [<<"ab">>, $c])))),
    erlang:display(byte_size(erlang:md5_init())),
    [erlang:display({bad, X, t(fun() -> erlang:md5(?MODULE:id(X)) end)}) || X <- [abc, 1, <<1:1>>, [256], [a | b]]],
    erlang:display(t(fun() -> erlang:md5_update(?MODULE:id(<<"short">>), <<"x">>) end)),
    erlang:display(t(fun() -> erlang:md5_final(?MODULE:id(<<"short">>)) end)),
    erlang:display(t(fun() -> erlang:md5_update(erlang:md5_init(), ?MODULE:id(abc)) end)),
    ok.

chunked(Ctx, <<>>, _) -> Ctx;
chunked(Ctx, Bin, N) when byte_size(Bin) < N -> erlang:md5_update(Ctx, Bin);
chunked(Ctx, Bin, N) -> <<H:N/binary, T/binary>> = Bin, chunked(erlang:md5_update(Ctx, H), T, N).
