%% erts_debug:disassemble/1 (false: the JIT keeps no BEAM code), interpreter_size/0 and the
%% shape of instructions/0.
-module(bif2_debug_code_shapes).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [erlang:display(t(fun() -> erts_debug:disassemble(X) end))
     || X <- [{lists, reverse, 2}, {?MODULE, main, 0}, {nope, nope, 0}, {lists, nope, 9}, 0, 1 bsl 70,
              -1, x, [], {a, b}]],
    erlang:display(erts_debug:interpreter_size()),
    Is = erts_debug:instructions(),
    erlang:display(is_list(Is) andalso length(Is) > 50),
    erlang:display(lists:all(fun(I) -> io_lib:printable_latin1_list(I) andalso I =/= [] end, Is)),
    erlang:display(length(lists:usort(Is)) =:= length(Is)),
    erlang:display(erts_debug:instructions() =:= Is),
    ok.
