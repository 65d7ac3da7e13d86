%% Many clauses matching the same binary: the first matching clause wins after earlier clauses
%% fail part-way (on a literal, a size or a type), with guards that use matched segments.
-module(bitsyntax_clause_order).
-export([main/0, id/1]).

id(X) -> X.

d(<<0, _/binary>>) -> zero_lead;
d(<<1, X:8, _/binary>>) when X > 100 -> {one_big, X};
d(<<1, X:8, _/binary>>) -> {one, X};
d(<<2, L:8, Body:L/binary>>) -> {exact, Body};
d(<<2, L:8, Body:L/binary, Extra/binary>>) -> {extra, Body, Extra};
d(<<3:4, Low:4, F:32/float, _/binary>>) -> {float, Low, F};
d(<<3:4, Low:4, _/binary>>) -> {nonfloat, Low};
d(<<C/utf8, "!">>) -> {bang, C};
d(<<X:3, _:5>>) when X =:= 7 -> seven;
d(<<_:1, _/bits>>) -> other_bits;
d(<<>>) -> empty.

main() ->
    Bs = [<<0, 9>>, <<1, 200, 0>>, <<1, 5>>, <<2, 2, "ab">>, <<2, 2, "abc">>, <<2, 9, "a">>, <<16#35, 1.5:32/float>>,
          <<16#35, 16#7F800000:32>>, <<16#36>>, <<"é!"/utf8>>, <<"a!">>, <<16#E0>>, <<16#E0, 1>>, <<1:1>>, <<>>,
          <<1>>, <<2>>, <<2, 0>>],
    [erlang:display({B, d(?MODULE:id(B))}) || B <- Bs],
    ok.
