%% The errors raised by failed pattern matching: {badmatch, V}, {case_clause, V}, if_clause,
%% function_clause (with the arguments in the stack frame) and {try_clause, V}, with stack traces.
-module(except_match_errors).
-export([main/0, fc/2]).

show(F) -> try F() catch C:R:S -> {C, R, S} end.

main() ->
    erlang:display(show(fun() -> {a, _} = id({b, 1}) end)),
    erlang:display(show(fun() -> [_ | _] = id([]) end)),
    erlang:display(show(fun() -> 1 = id(1.0) end)),
    erlang:display(show(fun() -> case id(7) of 1 -> one; 2 -> two end end)),
    erlang:display(show(fun() -> case id({x, [1, 2]}) of {y, _} -> y end end)),
    erlang:display(show(fun() -> X = id(5), if X > 10 -> big; X < 0 -> neg end end)),
    erlang:display(show(fun() -> ?MODULE:fc(1, b) end)),
    erlang:display(show(fun() -> fc(id(2), id(c)) end)),
    erlang:display(show(fun() -> lists:map(fun(a) -> 1 end, [a, b]) end)),
    erlang:display(show(fun() -> try id(3) of 4 -> four catch _:_ -> caught end end)),
    erlang:display(show(fun() -> (fun({ok, V}) -> V end)(id(error)) end)),
    ok.

id(X) -> X.

fc(1, a) -> ok;
fc(2, b) -> ok.
