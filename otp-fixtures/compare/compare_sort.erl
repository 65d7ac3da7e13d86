%% lists:sort/1, lists:usort/1, lists:sort/2, lists:keysort/2 and lists:ukeysort/2 on mixed terms:
%% stability, 1 and 1.0 (equal, so order is kept by sort and one is dropped by usort).
-module(compare_sort).
-export([main/0]).

main() ->
    Mixed = [3, a, 1.0, {b}, [x], "str", 1, <<"bin">>, -5, 2.5, {a, 1}, [], b, 1 bsl 65, {},
             -1.0e10, 1, 1.0, [1 | 2], 'Z'],
    erlang:display(lists:sort(Mixed)),
    erlang:display(lists:usort(Mixed)),
    erlang:display(lists:sort(fun(A, B) -> A >= B end, Mixed)),
    erlang:display(lists:reverse(lists:sort(Mixed))),
    Pairs = [{2, a}, {1, b}, {2.0, c}, {1.0, d}, {1, e}, {0, f}, {2, g}],
    erlang:display(lists:keysort(1, Pairs)),
    erlang:display(lists:ukeysort(1, Pairs)),
    erlang:display(lists:keysort(2, Pairs)),
    erlang:display(lists:usort([1, 1.0, 1, 2.0, 2, 1.0])),
    erlang:display(lists:merge([1, 3, 5], [2, 3.0, 4])),
    erlang:display(lists:umerge([1, 3, 5], [2, 3.0, 4])),
    Big = [(I * 7919) rem 1009 || I <- lists:seq(1, 2000)],
    Sorted = lists:sort(Big),
    erlang:display({length(Sorted), lists:sublist(Sorted, 10), lists:nthtail(1990, Sorted)}),
    erlang:display(length(lists:usort(Big))),
    ok.
