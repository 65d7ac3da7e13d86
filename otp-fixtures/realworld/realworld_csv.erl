%% A CSV reader and writer over binaries: quoted fields with embedded commas, quotes and newlines,
%% CRLF and LF line ends, empty fields, a generated table written out and parsed back, and
%% column statistics computed with maps.
-module(realworld_csv).
-export([main/0]).

parse(Bin) -> rows(Bin, [], [], <<>>).

rows(<<>>, Row, Rows, Field) ->
    case {Row, Field} of {[], <<>>} -> lists:reverse(Rows); _ -> lists:reverse([lists:reverse([Field | Row]) | Rows]) end;
rows(<<$", R/binary>>, Row, Rows, <<>>) -> quoted(R, Row, Rows, <<>>);
rows(<<$,, R/binary>>, Row, Rows, F) -> rows(R, [F | Row], Rows, <<>>);
rows(<<"\r\n", R/binary>>, Row, Rows, F) -> rows(R, [], [lists:reverse([F | Row]) | Rows], <<>>);
rows(<<"\n", R/binary>>, Row, Rows, F) -> rows(R, [], [lists:reverse([F | Row]) | Rows], <<>>);
rows(<<C, R/binary>>, Row, Rows, F) -> rows(R, Row, Rows, <<F/binary, C>>).

quoted(<<"\"\"", R/binary>>, Row, Rows, F) -> quoted(R, Row, Rows, <<F/binary, $">>);
quoted(<<$", R/binary>>, Row, Rows, F) -> rows(R, Row, Rows, F);
quoted(<<C, R/binary>>, Row, Rows, F) -> quoted(R, Row, Rows, <<F/binary, C>>).

write(Rows) -> iolist_to_binary([[lists:join($,, [field(F) || F <- Row]), "\r\n"] || Row <- Rows]).

field(F) ->
    case binary:match(F, [<<",">>, <<"\"">>, <<"\n">>, <<"\r">>]) of
        nomatch -> F;
        _ -> [$", binary:replace(F, <<"\"">>, <<"\"\"">>, [global]), $"]
    end.

main() ->
    Sample = <<"name,age,note\r\nann,31,\"likes, commas\"\nbob,,\"says \"\"hi\"\"\"\r\n\"multi\nline\",7,\r\n,,\n">>,
    erlang:display(parse(Sample)),
    rand:seed(exsss, {1, 2, 3}),
    Names = [<<"alpha">>, <<"beta, inc">>, <<"gamma \"g\"">>, <<"delta\nline">>, <<>>, <<"é"/utf8>>],
    Table = [[<<"id">>, <<"name">>, <<"score">>, <<"city">>] |
             [[integer_to_binary(I), lists:nth(rand:uniform(6), Names), integer_to_binary(rand:uniform(1000)),
               lists:nth(rand:uniform(3), [<<"Oslo">>, <<"Lima">>, <<"Pune">>])] || I <- lists:seq(1, 500)]],
    Out = write(Table),
    erlang:display({byte_size(Out), erlang:crc32(Out), binary:part(Out, 0, 60)}),
    Back = parse(Out),
    erlang:display({length(Back), Back =:= Table}),
    [_ | Data] = Back,
    ByCity = lists:foldl(fun([_, _, S, C], M) -> maps:update_with(C, fun({N, T}) -> {N + 1, T + binary_to_integer(S)} end,
                                                                 {1, binary_to_integer(S)}, M) end, #{}, Data),
    erlang:display(ByCity),
    erlang:display(lists:sort(maps:to_list(lists:foldl(fun([_, N, _, _], M) -> maps:update_with(N, fun(X) -> X + 1 end, 1, M) end, #{}, Data)))),
    ok.
