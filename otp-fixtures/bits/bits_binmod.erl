-module(bits_binmod).
-export([main/0, id/1]).

id(X) -> X.

show(F) ->
    erlang:display(try F() catch C:R -> {C, R} end).

main() ->
    I = fun id/1,
    B = I(<<"the cat sat on the mat">>),
    show(fun() -> binary:match(B, <<"at">>) end),
    show(fun() -> binary:match(B, [<<"sat">>, <<"cat">>]) end),
    show(fun() -> binary:match(B, <<"at">>, [{scope, {10, 12}}]) end),
    show(fun() -> binary:match(B, <<"dog">>) end),
    show(fun() -> binary:matches(B, <<"at">>) end),
    show(fun() -> binary:matches(B, [<<"t">>, <<"th">>]) end),
    show(fun() -> binary:split(B, <<" ">>) end),
    show(fun() -> binary:split(B, <<" ">>, [global]) end),
    show(fun() -> binary:split(B, [<<" ">>, <<"a">>], [global, trim_all]) end),
    show(fun() -> binary:replace(B, <<"at">>, <<"og">>, [global]) end),
    show(fun() -> binary:part(B, 4, 3) end),
    show(fun() -> binary:at(B, 0) end),
    show(fun() -> binary:at(B, 100) end),
    show(fun() -> binary:first(B) end),
    show(fun() -> binary:last(B) end),
    show(fun() -> binary:first(I(<<>>)) end),
    show(fun() -> binary:copy(I(<<"ab">>), 3) end),
    show(fun() -> binary:copy(B) =:= B end),
    show(fun() -> binary:referenced_byte_size(binary:part(B, 1, 2)) end),
    show(fun() -> binary:longest_common_prefix([<<"foobar">>, <<"foobaz">>, <<"fox">>]) end),
    show(fun() -> binary:longest_common_suffix([<<"ending">>, <<"bring">>]) end),
    show(fun() -> binary:encode_unsigned(I(16#123456)) end),
    show(fun() -> binary:encode_unsigned(I(16#123456), little) end),
    show(fun() -> binary:decode_unsigned(I(<<1, 0, 0>>)) end),
    show(fun() -> binary:decode_unsigned(I(<<1, 0, 0>>), little) end),
    show(fun() -> binary:bin_to_list(B, 4, 3) end),
    show(fun() -> binary:bin_to_list(B, {0, 3}) end),
    show(fun() -> binary:list_to_bin([1, <<2>>]) end),
    show(fun() -> binary:match(B, binary:compile_pattern([<<"on">>, <<"mat">>])) end),
    show(fun() -> binary:match(B, <<>>) end),
    ok.
