%% Sorting algorithms written here (merge sort, quicksort, insertion sort, heap sort with a
%% leftist heap, radix sort on integers) run on the same pseudo-random data and checked against
%% lists:sort/1.
-module(programs_sorts).
-export([main/0]).

rand_list(0, _, Acc) -> Acc;
rand_list(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    rand_list(N - 1, S1, [S1 rem 100000 | Acc]).

msort([]) -> [];
msort([X]) -> [X];
msort(L) -> {A, B} = lists:split(length(L) div 2, L), merge(msort(A), msort(B)).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

qsort([]) -> [];
qsort([P | T]) ->
    {Lo, Hi} = lists:partition(fun(X) -> X < P end, T),
    qsort(Lo) ++ [P | qsort(Hi)].

isort(L) -> lists:foldl(fun insert/2, [], L).
insert(X, []) -> [X];
insert(X, [Y | _] = L) when X =< Y -> [X | L];
insert(X, [Y | T]) -> [Y | insert(X, T)].

%% Leftist heap: empty | {Rank, Value, Left, Right}.
hmerge(empty, H) -> H;
hmerge(H, empty) -> H;
hmerge({_, X, L1, R1} = H1, {_, Y, _, _} = H2) when X =< Y -> make(X, L1, hmerge(R1, H2));
hmerge(H1, H2) -> hmerge(H2, H1).
make(X, A, B) -> case rank(A) >= rank(B) of true -> {rank(B) + 1, X, A, B}; false -> {rank(A) + 1, X, B, A} end.
rank(empty) -> 0;
rank({R, _, _, _}) -> R.
hsort(L) -> drain(lists:foldl(fun(X, H) -> hmerge({1, X, empty, empty}, H) end, empty, L)).
drain(empty) -> [];
drain({_, X, L, R}) -> [X | drain(hmerge(L, R))].

rsort(L) -> rsort(L, 1, 1000000).
rsort(L, Div, Max) when Div >= Max -> L;
rsort(L, Div, Max) ->
    Buckets = lists:foldl(fun(X, B) -> D = (X div Div) rem 10, setelement(D + 1, B, [X | element(D + 1, B)]) end,
                          erlang:make_tuple(10, []), L),
    rsort(lists:append([lists:reverse(Bk) || Bk <- tuple_to_list(Buckets)]), Div * 10, Max).

main() ->
    Data = rand_list(5000, 42, []),
    Ref = lists:sort(Data),
    Small = lists:sublist(Data, 1000),
    erlang:display({msort, msort(Data) =:= Ref}),
    erlang:display({qsort, qsort(Data) =:= Ref}),
    erlang:display({isort, isort(Small) =:= lists:sort(Small)}),
    erlang:display({hsort, hsort(Data) =:= Ref}),
    erlang:display({rsort, rsort(Data) =:= Ref}),
    erlang:display({first, lists:sublist(Ref, 10), last, lists:nthtail(4990, Ref)}),
    erlang:display({sum, lists:sum(Data), distinct, length(lists:usort(Data))}),
    erlang:display(msort([3.5, 1, 2.0, -1, a, "b", {c}, 2])),
    ok.
