%% erlang:raise/3 re-raises with a given class and stack trace; a bad class or a malformed stack
%% trace makes it badarg instead.
-module(except_raise).
-export([main/0]).

main() ->
    Stack = [{m, f, 1, [{file, "m.erl"}, {line, 10}]}, {m, g, [a, b], []}],
    [erlang:display({C, try erlang:raise(C, reason, Stack) catch Cl:R:S -> {Cl, R, S} end})
     || C <- [error, exit, throw]],
    erlang:display(try erlang:raise(bogus, reason, Stack) catch Cl1:R1 -> {Cl1, R1} end),
    erlang:display(try erlang:raise(error, reason, not_a_stack) catch Cl2:R2 -> {Cl2, R2} end),
    erlang:display(try erlang:raise(error, reason, [{bad}]) catch Cl3:R3 -> {Cl3, R3} end),
    erlang:display(try erlang:raise(error, reason, []) catch Cl4:R4:S4 -> {Cl4, R4, S4} end),
    erlang:display(try rethrow() catch Cl5:R5:S5 -> {Cl5, R5, S5} end),
    ok.

rethrow() ->
    try error(original)
    catch
        error:R:S -> erlang:raise(exit, {wrapped, R}, S)
    end.
