%% term_to_binary/1,2 and binary_to_term/1,2: the external format bytes of simple terms, round
%% trips of many terms, the `safe` option, and badarg for corrupt input.
-module(bif_term_to_binary).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Terms = [0, 1, 255, 256, -1, 1 bsl 31, 1 bsl 64, -(1 bsl 64), 1 bsl 2000, 1.5, -0.0, a, 'é', '日本',
             [], [1, 2, 3], "abc", [a | b], {}, {a, b}, <<>>, <<1, 2, 3>>, <<1:3>>, #{a => 1}, lists:seq(1, 300)],
    [erlang:display({X, term_to_binary(X)}) || X <- Terms, byte_size(term_to_binary(X)) < 80],
    [erlang:display({X, binary_to_term(term_to_binary(X)) =:= X, byte_size(term_to_binary(X))}) || X <- Terms],
    [erlang:display({X, t(fun() -> byte_size(term_to_binary(X, [compressed])) end)}) || X <- [lists:seq(1, 300), lists:duplicate(1000, a)]],
    erlang:display(term_to_binary({a, 1.0}, [{minor_version, 0}])),
    erlang:display(term_to_binary(1.0, [{minor_version, 1}])),
    Bad = [<<>>, <<131>>, <<131, 97>>, <<130, 97, 1>>, <<131, 100, 0, 5, "ab">>, <<131, 107, 0, 3, 1, 2>>,
           <<"not a term">>, <<131, 104, 2, 97, 1>>],
    [erlang:display({B, t(fun() -> binary_to_term(B) end)}) || B <- Bad],
    erlang:display(t(fun() -> binary_to_term(<<131, 100, 0, 20, "bif_never_existed_zz">>, [safe]) end)),
    erlang:display(t(fun() -> binary_to_term(term_to_binary(hello), [safe]) end)),
    {Term, Used} = binary_to_term(<<(term_to_binary({x, y}))/binary, "trailing">>, [used]),
    erlang:display({Term, Used}),
    ok.
