%% What inflate does at the end of a stream with more input after it: inflateInit/3 with
%% error, reset (concatenated members) and cut, for zlib and gzip streams, and automatic
%% header detection (window bits 32 + N).
-module(zlib_eos).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Zl = zlib:compress(<<"zlib member ">>),
    Gz1 = zlib:gzip(<<"gzip one ">>), Gz2 = zlib:gzip(<<"gzip two">>),
    Cases = [{15, Zl}, {15, <<Zl/binary, Zl/binary>>}, {15, <<Zl/binary, "junk">>},
             {31, <<Gz1/binary, Gz2/binary>>}, {31, <<Gz1/binary, "junk">>},
             {47, Zl}, {47, Gz1}, {47, <<Gz1/binary, Gz2/binary>>}, {-15, zlib:zip(<<"raw">>)},
             {31, Zl}, {15, Gz1}],
    [begin
         Z = zlib:open(),
         ok = zlib:inflateInit(Z, Bits, Eos),
         R = t(fun() -> iolist_to_binary(zlib:inflate(Z, Data)) end),
         E = t(fun() -> zlib:inflateEnd(Z) end),
         zlib:close(Z),
         erlang:display({Bits, Eos, N, R, E})
     end || {N, {Bits, Data}} <- lists:zip(lists:seq(1, length(Cases)), Cases),
            Eos <- [error, reset, cut]],
    erlang:display(t(fun() -> zlib:inflateInit(zlib:open(), 15, bogus) end)),
    erlang:display(t(fun() -> zlib:inflateInit(zlib:open(), 48) end)),
    erlang:display(t(fun() -> zlib:inflateInit(zlib:open(), -16) end)),
    ok.
