%% erts_internal:term_type/1 for every kind of term, cmp_term/2, time and counter units.
-module(bif2_erts_internal_terms).
-export([main/0]).
main() ->
  [erlang:display(catch erts_internal:term_type(T)) || T <- [1, 1 bsl 70, -(1 bsl 70), 1.5, [a], {}, {a}, #{}, maps:from_list([{I,I}||I<-lists:seq(1,40)]), [], a, self(), make_ref(), <<1>>, list_to_binary(lists:duplicate(100,1)), binary:part(<<1,2,3>>,1,1), fun() -> ok end, fun lists:map/2, <<1:1>>]],
  erlang:display([erts_internal:cmp_term(1, 1.0), erts_internal:cmp_term(a, 1), erts_internal:cmp_term(1, a), erts_internal:cmp_term(x, x)]),
  erlang:display({erts_internal:time_unit(), erts_internal:perf_counter_unit(), erts_internal:get_creation()}).
