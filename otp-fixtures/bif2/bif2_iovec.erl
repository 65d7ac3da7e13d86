%% iolist_to_iovec/1 and term_to_iovec/1,2 hold the same bytes as their binary forms.
-module(bif2_iovec).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Big = binary:copy(<<"x">>, 100),
    Cases = [[], <<>>, "abc", [<<"a">>, [<<"b">> | <<"c">>], $d], [Big, Big], [[[[]]]], [1, 2, [3, <<4>>]]],
    [erlang:display({iolist_to_binary(erlang:iolist_to_iovec(C)) =:= iolist_to_binary(C),
                     lists:all(fun is_binary/1, erlang:iolist_to_iovec(C))}) || C <- Cases],
    Terms = [a, 1, [1, 2], {x, <<"y">>}, #{k => v}, Big],
    [erlang:display(iolist_to_binary(erlang:term_to_iovec(T)) =:= term_to_binary(T)) || T <- Terms],
    [erlang:display(binary_to_term(iolist_to_binary(erlang:term_to_iovec(T, [compressed, {minor_version, 1}]))) =:= T) || T <- Terms],
    erlang:display(t(fun() -> erlang:iolist_to_iovec([256]) end)),
    erlang:display(t(fun() -> erlang:iolist_to_iovec(a) end)),
    erlang:display(t(fun() -> erlang:term_to_iovec(a, [bad]) end)),
    ok.
