%% Building output as iodata and flattening it: nested iolists with binaries, sub-binaries and
%% bytes rendered from a generated document, compared against building one binary by appending;
%% iolist_size, iolist_to_binary, list_to_binary, and crc32/adler32/md5 over the iolist itself.
-module(binary_iodata_build).
-export([main/0]).

render({tag, Name, Attrs, Children}) ->
    [$<, Name, [[$\s, K, "=\"", V, $"] || {K, V} <- Attrs], $>, [render(C) || C <- Children], "</", Name, $>];
render({text, T}) -> escape(T).

escape(T) -> binary:replace(binary:replace(T, <<"&">>, <<"&amp;">>, [global]), <<"<">>, <<"&lt;">>, [global]).

render_bin({tag, Name, Attrs, Children}, Acc) ->
    A1 = <<Acc/binary, $<, Name/binary>>,
    A2 = lists:foldl(fun({K, V}, A) -> <<A/binary, $\s, K/binary, "=\"", V/binary, $">> end, A1, Attrs),
    A3 = lists:foldl(fun(C, A) -> render_bin(C, A) end, <<A2/binary, $>>>, Children),
    <<A3/binary, "</", Name/binary, $>>>;
render_bin({text, T}, Acc) -> <<Acc/binary, (escape(T))/binary>>.

doc(0) -> {text, <<"leaf & <text>">>};
doc(D) ->
    {tag, lists:nth(rand:uniform(4), [<<"div">>, <<"p">>, <<"span">>, <<"ul">>]),
     [{<<"id">>, integer_to_binary(rand:uniform(1000))} || rand:uniform(2) =:= 1],
     [doc(D - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)]}.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Doc = {tag, <<"html">>, [], [doc(6) || _ <- lists:seq(1, 5)]},
    IoData = render(Doc),
    Bin = iolist_to_binary(IoData),
    Direct = render_bin(Doc, <<>>),
    erlang:display({iolist_size(IoData), byte_size(Bin), Bin =:= Direct, Bin =:= list_to_binary(IoData)}),
    erlang:display({erlang:crc32(IoData), erlang:crc32(Bin), erlang:md5(IoData) =:= erlang:md5(Bin), erlang:adler32(IoData)}),
    erlang:display(binary:part(Bin, 0, 120)),
    Lines = binary:split(Bin, <<"><">>, [global]),
    erlang:display({length(Lines), lists:sublist(Lines, 4)}),
    ok.
