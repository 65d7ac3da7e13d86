%% erlang:error/1, /2 and /3: the argument list replaces the arity in the top frame, /3 adds
%% error_info to the location list, and the reason may be any term.
-module(except_error_forms).
-export([main/0, f/1, g/2]).

main() ->
    [erlang:display(try ?MODULE:f(R) catch error:Rsn:St -> {Rsn, St} end)
     || R <- [one, {two, 2}, "three", 4.0]],
    erlang:display(try ?MODULE:g(a, b) catch error:Rsn2:St2 -> {Rsn2, St2} end),
    erlang:display(try erlang:error(x, none) catch error:R3:S3 -> {R3, S3} end),
    erlang:display(try erlang:error(x, [1, 2], [{error_info, #{cause => why}}])
                   catch error:R4:S4 -> {R4, S4} end),
    erlang:display(try erlang:error(x, [1], []) catch error:R5:S5 -> {R5, S5} end),
    erlang:display(try erlang:error(x, not_a_list) catch error:R6:S6 -> {R6, S6} end),
    erlang:display(try erlang:error(x, [1], not_options) catch error:R7:S7 -> {R7, S7} end),
    ok.

f(R) -> erlang:error(R).

g(A, B) -> erlang:error({g, A}, [A, B]).
