%% File name BIFs: prim_file:internal_name2native/1, internal_native2name/1,
%% internal_normalize_utf8/1, is_translatable/1 and file:native_name_encoding/0.
-module(file_names).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(file:native_name_encoding()),
    Names = ["abc", "", [$a, [$b, [$c, []]]], [16#e9, 16#65e5, 16#1F600], <<"bin">>,
             <<255, 254>>, <<>>, "a\0b", <<"a", 0>>, abc, 42, [a], [<<"a">>], [$a | b],
             [16#110000], [-1], [16#D800], {a}],
    [erlang:display({N, t(fun() -> prim_file:internal_name2native(N) end)}) || N <- Names],
    Natives = [<<"abc">>, <<>>, <<195, 169>>, <<255>>, <<"a", 0, "b">>, "abc", abc, <<1:3>>],
    [erlang:display({N, t(fun() -> prim_file:internal_native2name(N) end),
                     t(fun() -> prim_file:internal_normalize_utf8(N) end),
                     t(fun() -> prim_file:is_translatable(N) end)}) || N <- Natives],
    ok.
