%% The arguments erl reports for function_clause errors when the arguments are binaries that
%% were being matched: the top stack frame holds the original (sub-)binary even after a partial
%% match, during recursion over a tail, and for bitstrings; shown as {M,F,Args} without locations.
-module(bitsyntax_clause_stack).
-export([main/0, id/1, walk/2, two/2, bits/1]).

id(X) -> X.

walk(<<1, Rest/binary>>, N) -> walk(Rest, N + 1);
walk(<<2, _:8, Rest/binary>>, N) -> walk(Rest, N + 10);
walk(<<>>, N) -> N.

two(<<A:16>>, <<B:16>>) when A > B -> gt;
two(<<A:16>>, <<B:16>>) when A < B -> lt.

bits(<<_:3, X:5>>) when X > 10 -> X.

top(F) ->
    try F() of V -> {ok, V}
    catch error:R:St -> [{M, Fn, As, _} | _] = St, {R, M, Fn, As}
    end.

main() ->
    erlang:display(top(fun() -> walk(?MODULE:id(<<1, 1, 2, 9, 1>>), 0) end)),
    erlang:display(top(fun() -> walk(?MODULE:id(<<1, 1, 3, 4, 5>>), 0) end)),
    erlang:display(top(fun() -> walk(?MODULE:id(<<1, 2>>), 0) end)),
    erlang:display(top(fun() -> walk(?MODULE:id(<<1, 1:4>>), 0) end)),
    erlang:display(top(fun() -> walk(?MODULE:id(not_binary), 0) end)),
    erlang:display(top(fun() -> two(?MODULE:id(<<0, 5>>), ?MODULE:id(<<0, 5>>)) end)),
    erlang:display(top(fun() -> two(?MODULE:id(<<0, 5>>), ?MODULE:id(<<0, 5, 0>>)) end)),
    erlang:display(top(fun() -> bits(?MODULE:id(<<1:3, 3:5>>)) end)),
    erlang:display(top(fun() -> bits(?MODULE:id(<<255, 1:1>>)) end)),
    Big = binary:copy(?MODULE:id(<<1>>), 100),
    erlang:display(top(fun() -> walk(<<Big/binary, 7, "tail">>, 0) end)),
    erlang:display(top(fun() -> (fun(<<X:8, _/binary>>) when X > 100 -> X end)(?MODULE:id(<<7, 8>>)) end)),
    ok.
