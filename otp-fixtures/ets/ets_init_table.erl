%% ets:init_table/2 and match_delete/2 (Erlang functions of ets.erl over the BIFs)
-module(ets_init_table).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    Src = fun(Chunks) ->
              F = fun Next([]) -> end_of_input;
                      Next([C | Rest]) -> {C, fun(read) -> Next(Rest); (close) -> ok end}
                  end,
              fun(read) -> F(Chunks); (close) -> ok end
          end,
    d(ets:init_table(T, Src([[{1, a}, {2, b}], [{3, c}]]))),
    d(ets:tab2list(T)),
    d(ets:match_delete(T, {'_', b})),
    d(ets:tab2list(T)),
    d(ets:match_delete(T, '_')),
    d(ets:tab2list(T)).
