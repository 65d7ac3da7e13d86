%% binary:longest_common_prefix/1 and longest_common_suffix/1 over lists of binaries, including
%% empty lists, single elements, empty binaries, identical inputs, and badarg for bad elements.
-module(binary_mod_common_affix).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ls = [[<<"erlang">>, <<"ergonomy">>], [<<"erlang">>, <<"perl">>], [<<"abc">>], [<<"abc">>, <<"abc">>],
          [<<"abc">>, <<"abd">>, <<"ab">>], [<<>>, <<"abc">>], [<<"xyz">>, <<"uyz">>, <<"yz">>],
          [<<"same">>, <<"same">>, <<"same">>], [<<"a">>, <<"b">>], [<<0, 1, 2>>, <<0, 1, 3>>],
          [], [<<"abc">>, "abc"], [abc], [<<"a">> | <<"b">>], abc, [<<1:1>>, <<1:1>>], [<<"abc">>, <<"ab", 1:1>>]],
    [erlang:display({L, t(fun() -> binary:longest_common_prefix(?MODULE:id(L)) end),
                     t(fun() -> binary:longest_common_suffix(?MODULE:id(L)) end)}) || L <- Ls],
    Big1 = <<(binary:copy(<<"p">>, 5000))/binary, "A", (binary:copy(<<"s">>, 7000))/binary>>,
    Big2 = <<(binary:copy(<<"p">>, 5000))/binary, "B", (binary:copy(<<"s">>, 7000))/binary>>,
    erlang:display({binary:longest_common_prefix([Big1, Big2]), binary:longest_common_suffix([Big1, Big2])}),
    Many = [<<"prefix_", (integer_to_binary(I))/binary, "_suffix">> || I <- lists:seq(100, 999)],
    erlang:display({binary:longest_common_prefix(Many), binary:longest_common_suffix(Many)}),
    ok.
