%% compress/uncompress, zip/unzip, gzip/gunzip on empty, small, iolist and large data; the
%% exact compressed bytes; gunzip of concatenated members; badarg for non-iodata.
-module(zlib_one_shot).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Inputs = [<<>>, <<"a">>, <<"hello hello hello hello">>, ["io", [<<"list">>, $!]],
              binary:copy(<<"abc">>, 100000)],
    [begin
         C = zlib:compress(D), Zp = zlib:zip(D), G = zlib:gzip(D),
         Flat = iolist_to_binary(D),
         erlang:display({byte_size(Flat), small(C), small(Zp), small(G),
                         zlib:uncompress(C) =:= Flat, zlib:unzip(Zp) =:= Flat,
                         zlib:gunzip(G) =:= Flat})
     end || D <- Inputs],
    Two = <<(zlib:gzip(<<"first ">>))/binary, (zlib:gzip(<<"second">>))/binary>>,
    erlang:display(zlib:gunzip(Two)),
    erlang:display(t(fun() -> zlib:compress(foo) end)),
    erlang:display(t(fun() -> zlib:uncompress(foo) end)),
    erlang:display(t(fun() -> zlib:gzip([1, foo]) end)),
    erlang:display(zlib:uncompress([<<120,156>>, [<<203,72,205,201,201,7,0,6,44,2,21>>]])),
    ok.

small(B) when byte_size(B) < 60 -> B;
small(B) -> {byte_size(B), erlang:md5(B)}.
