%% badarg (and friends) from many BIFs, with the full stack trace: the failing BIF's frame carries
%% its arguments and error_info, the caller's frame its file and line.
-module(except_bif_errors).
-export([main/0]).

show(F) -> try F() catch C:R:S -> {C, R, S} end.

main() ->
    Cases = [fun() -> element(0, {a}) end, fun() -> element(2, {a}) end,
             fun() -> element(1, [a]) end, fun() -> setelement(3, {a, b}, c) end,
             fun() -> hd([]) end, fun() -> tl(x) end, fun() -> length([a | b]) end,
             fun() -> tuple_size([]) end, fun() -> atom_to_list("a") end,
             fun() -> list_to_atom([a]) end, fun() -> list_to_integer("12x") end,
             fun() -> list_to_integer("") end, fun() -> integer_to_list(1.0) end,
             fun() -> integer_to_list(10, 1) end, fun() -> integer_to_list(10, 37) end,
             fun() -> list_to_integer("zz", 36) end, fun() -> list_to_integer("zz", 35) end,
             fun() -> list_to_tuple([a | b]) end, fun() -> tuple_to_list(a) end,
             fun() -> erlang:make_tuple(-1, a) end, fun() -> erlang:append_element([], a) end,
             fun() -> abs(a) end, fun() -> float(a) end, fun() -> list_to_existing_atom("no_such_atom_xyzzy") end,
             fun() -> lists:reverse(a, []) end, fun() -> lists:keyfind(a, 0, []) end,
             fun() -> lists:member(a, b) end, fun() -> apply(lists, reverse, a) end,
             fun() -> atom_to_list(id(42)) end, fun() -> erlang:phash2(a, 0) end,
             fun() -> lists:keysearch(k, 1, [a | b]) end, fun() -> binary_to_list(<<1:3>>) end],
    [erlang:display({I, show(F)}) || {I, F} <- lists:zip(lists:seq(1, length(Cases)), Cases)],
    ok.

id(X) -> X.
