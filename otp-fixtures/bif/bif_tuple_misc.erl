%% tuple_size/1, size/1, erlang:make_tuple/2,3, erlang:append_element/2, tuple_to_list/1,
%% list_to_tuple/1, erlang:delete_element/2 and erlang:insert_element/3, with their errors.
-module(bif_tuple_misc).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ts = [{}, {1}, {1, 2, 3}, {{}, [], <<>>}],
    [erlang:display({T, tuple_size(T), size(T), tuple_to_list(T), list_to_tuple(tuple_to_list(T)) =:= T}) || T <- Ts],
    erlang:display([t(fun() -> erlang:make_tuple(N, x) end) || N <- [0, 1, 3, -1, a]]),
    erlang:display(t(fun() -> erlang:make_tuple(5, def, [{2, a}, {5, b}, {2, c}]) end)),
    erlang:display(t(fun() -> erlang:make_tuple(3, def, [{4, a}]) end)),
    erlang:display(t(fun() -> erlang:make_tuple(3, def, [{0, a}]) end)),
    erlang:display(t(fun() -> erlang:make_tuple(3, def, [bad]) end)),
    erlang:display([t(fun() -> erlang:append_element(T, z) end) || T <- Ts ++ [[], x]]),
    erlang:display([t(fun() -> erlang:delete_element(I, {a, b, c}) end) || I <- [0, 1, 2, 3, 4]]),
    erlang:display([t(fun() -> erlang:insert_element(I, {a, b}, new) end) || I <- [0, 1, 2, 3, 4]]),
    erlang:display([t(fun() -> list_to_tuple(L) end) || L <- [[], [a], [a | b], "abc", x]]),
    erlang:display([t(fun() -> tuple_to_list(X) end) || X <- [[], x, "s"]]),
    erlang:display(t(fun() -> size([1, 2]) end)),
    erlang:display(t(fun() -> size(<<1, 2, 3>>) end)),
    Built = lists:foldl(fun(I, Acc) -> erlang:append_element(Acc, I) end, {}, lists:seq(1, 300)),
    erlang:display({tuple_size(Built), element(300, Built), lists:sum(tuple_to_list(Built))}),
    ok.
