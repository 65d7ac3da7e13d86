%% function_clause and erlang:error/2 put the actual arguments into the top stack frame: arguments
%% of several arities and of every type (large lists and bignums included) are printed as they are.
-module(except_stack_args).
-export([main/0, f1/1, f3/3, f5/5]).

f1(only_this) -> ok.
f3(a, b, c) -> ok.
f5(_, _, _, _, never) -> ok.

top(F) ->
    try F()
    catch error:R:Stack ->
        [{M, Fn, Args, _} | _] = Stack,
        {R, M, Fn, Args}
    end.

main() ->
    erlang:display(top(fun() -> ?MODULE:f1(other) end)),
    erlang:display(top(fun() -> ?MODULE:f1(lists:seq(1, 40)) end)),
    erlang:display(top(fun() -> ?MODULE:f3(1 bsl 80, -2.5, "str") end)),
    erlang:display(top(fun() -> ?MODULE:f5({a, {b}}, [x | y], <<"bin">>, #{k => v}, sometimes) end)),
    erlang:display(top(fun() -> erlang:error(why, [1, [2], {3}]) end)),
    erlang:display(top(fun() -> lists:nth(a, [1]) end)),
    erlang:display(top(fun() -> atom_to_list({not_atom}) end)),
    ok.
