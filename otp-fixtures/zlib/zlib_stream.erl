%% The streaming API: deflate in pieces with none/sync/full/finish flushes, deflateParams
%% mid-stream, deflateReset, inflate in pieces, safeInflate and inflateChunk with a small
%% buffer, set/getBufSize, inflateReset, and the errors of using a stream in the wrong state.
-module(zlib_stream).
-export([main/0]).
-compile(nowarn_deprecated_function).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    D = fun(X) -> erlang:display(X) end,
    Z = zlib:open(),
    D(t(fun() -> zlib:deflate(Z, <<"x">>) end)),
    D(zlib:deflateInit(Z, best_compression)),
    D(t(fun() -> zlib:deflateInit(Z) end)),
    D(zlib:deflate(Z, <<>>)),
    D(zlib:deflate(Z, <<"part one, ">>)),
    D(zlib:deflate(Z, <<"part two, ">>, sync)),
    D(zlib:deflate(Z, [<<"three">>], full)),
    D(zlib:deflateParams(Z, best_speed, huffman_only)),
    D(zlib:deflate(Z, <<"after params">>, none)),
    D(zlib:deflate(Z, <<>>, finish)),
    D(t(fun() -> zlib:deflate(Z, <<"late">>) end)),
    D(t(fun() -> zlib:deflateEnd(Z) end)),
    D(t(fun() -> zlib:deflateEnd(Z) end)),
    D(zlib:deflateInit(Z)),
    Big = list_to_binary([integer_to_list(I) || I <- lists:seq(1, 20000)]),
    C1 = iolist_to_binary(zlib:deflate(Z, Big, finish)),
    D(zlib:deflateReset(Z)),
    C2 = iolist_to_binary(zlib:deflate(Z, Big, finish)),
    D({C1 =:= C2, byte_size(C1)}),
    D(zlib:deflateEnd(Z)),
    D(t(fun() -> zlib:deflate(Z, <<"x">>, bogus) end)),
    D(t(fun() -> zlib:deflateInit(Z, 10) end)),
    D(t(fun() -> zlib:deflateInit(Z, default, deflated, 7, 8, default) end)),
    D(t(fun() -> zlib:deflateInit(Z, default, deflated, 15, 10, default) end)),
    D(t(fun() -> zlib:deflateInit(Z, default, stored, 15, 8, default) end)),
    D(t(fun() -> zlib:deflateInit(Z, default, deflated, 15, 8, fast) end)),
    D(zlib:inflateInit(Z)),
    D(iolist_to_binary([zlib:inflate(Z, binary:part(C1, I, min(100, byte_size(C1) - I)))
                        || I <- lists:seq(0, byte_size(C1) - 1, 100)]) =:= Big),
    D(zlib:inflateReset(Z)),
    D(zlib:setBufSize(Z, 1000)),
    D(zlib:getBufSize(Z)),
    D(t(fun() -> zlib:setBufSize(Z, 5) end)),
    Chunks = inflate_chunks(Z, zlib:inflateChunk(Z, C1), []),
    D({length(Chunks), iolist_to_binary(Chunks) =:= Big}),
    D(zlib:inflateReset(Z)),
    Safe = safe(Z, zlib:safeInflate(Z, C1), 0, []),
    D({element(1, Safe), iolist_to_binary(element(2, Safe)) =:= Big}),
    D(zlib:inflateEnd(Z)),
    D(zlib:close(Z)),
    D(t(fun() -> zlib:close(Z) end)),
    D(t(fun() -> zlib:inflateInit(Z) end)),
    Other = spawn(fun() -> receive {Z3, P} -> P ! {self(), t(fun() -> zlib:deflateInit(Z3) end)} end end),
    Z3 = zlib:open(),
    Other ! {Z3, self()},
    receive {Other, R} -> D(R) end,
    D(zlib:set_controlling_process(Z3, self())),
    D(t(fun() -> zlib:set_controlling_process(Z3, foo) end)),
    ok.

inflate_chunks(Z, {more, Out}, Acc) -> inflate_chunks(Z, zlib:inflateChunk(Z), [Out | Acc]);
inflate_chunks(_Z, Out, Acc) -> lists:reverse([Out | Acc]).

safe(Z, {continue, Out}, N, Acc) -> safe(Z, zlib:safeInflate(Z, []), N + 1, [Out | Acc]);
safe(_Z, {finished, Out}, N, Acc) -> {N, lists:reverse([Out | Acc])}.
