%% Preset dictionaries: deflateSetDictionary's Adler-32, need_dictionary from inflate (as an
%% exception and as a value), inflateSetDictionary with the right and a wrong dictionary,
%% inflateGetDictionary, and raw streams that take a dictionary without asking.
-module(zlib_dictionary).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    D = fun(X) -> erlang:display(X) end,
    Dict = <<"the quick brown fox jumps over the lazy dog">>,
    Data = <<"the lazy dog and the quick brown fox, the quick brown fox and the lazy dog">>,
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    D(zlib:deflateSetDictionary(Z, Dict)),
    C = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    D(C),
    ok = zlib:deflateEnd(Z),
    D(t(fun() -> zlib:uncompress(C) end)),
    ok = zlib:inflateInit(Z),
    D(t(fun() -> zlib:inflate(Z, C) end)),
    D(t(fun() -> zlib:inflateSetDictionary(Z, <<"wrong dictionary">>) end)),
    D(t(fun() -> zlib:inflateSetDictionary(Z, Dict) end)),
    D(t(fun() -> iolist_to_binary(zlib:inflate(Z, [])) end)),
    D(t(fun() -> zlib:inflateGetDictionary(Z) end)),
    D(t(fun() -> zlib:inflateEnd(Z) end)),
    ok = zlib:inflateInit(Z),
    D(t(fun() -> zlib:inflate(Z, C, [{exception_on_need_dict, false}]) end)),
    D(zlib:inflateSetDictionary(Z, Dict)),
    D(iolist_to_binary(zlib:inflate(Z, [], [{exception_on_need_dict, false}]))),
    D(zlib:inflateEnd(Z)),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    D(zlib:deflateSetDictionary(Z, Dict)),
    Raw = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z, -15),
    D(zlib:inflateSetDictionary(Z, Dict)),
    D(iolist_to_binary(zlib:inflate(Z, Raw)) =:= Data),
    D(zlib:inflateEnd(Z)),
    ok = zlib:deflateInit(Z),
    _ = zlib:deflate(Z, <<"started">>),
    D(t(fun() -> zlib:deflateSetDictionary(Z, Dict) end)),
    D(t(fun() -> zlib:deflateEnd(Z) end)),
    zlib:close(Z),
    ok.
