-module(bits_etf).
-export([main/0, id/1]).

id(X) -> X.

show(F) ->
    erlang:display(try F() catch C:R -> {C, R} end).

main() ->
    I = fun id/1,
    Terms = [0, 255, 256, -1, 1 bsl 40, -(1 bsl 100), 1.5, atom, 'hé', "abc", [1, [2]], {a, {b, c}},
             <<1, 2, 3>>, <<1:3>>, [], {}, lists:seq(1, 300)],
    [show(fun() -> term_to_binary(I(T)) end) || T <- lists:sublist(Terms, 16)],
    [show(fun() -> binary_to_term(term_to_binary(I(T))) =:= T end) || T <- Terms],
    show(fun() -> byte_size(term_to_binary(I(lists:seq(1, 1000)), [compressed])) end),
    show(fun() -> binary_to_term(term_to_binary(I(lists:seq(1, 1000)), [compressed])) =:= lists:seq(1, 1000) end),
    show(fun() -> term_to_binary(I(1.5), [{minor_version, 0}]) end),
    show(fun() -> erlang:external_size(I({a, [1, 2], <<"xyz">>})) end),
    show(fun() -> binary_to_term(I(<<131, 100, 0, 1, 97, 9, 9>>), [used]) end),
    show(fun() -> binary_to_term(I(<<131, 200>>)) end),
    show(fun() -> binary_to_term(I(<<131, 119, 3, "zzq">>), [safe]) end),
    show(fun() -> term_to_binary(I(x), [bogus]) end),
    ok.
