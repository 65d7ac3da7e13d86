%% binary_to_term/2 options: safe (refuses to create new atoms and external funs, accepts
%% existing atoms), used (returns the number of bytes consumed, ignoring trailing data), both
%% together, and badarg for bad option lists.
-module(etf_safe_used).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Known = term_to_binary(?MODULE:id({ok, [error, true]})),
    erlang:display(t(fun() -> binary_to_term(Known, [safe]) end)),
    New = <<131, 100, 0, 25, "etf_safe_never_created_q7">>,
    erlang:display(t(fun() -> binary_to_term(New, [safe]) end)),
    erlang:display(t(fun() -> binary_to_term(<<131, 104, 2, 97, 1, 100, 0, 25, "etf_safe_never_created_q8">>, [safe]) end)),
    NewUtf8 = <<131, 119, 8, "ünï_q9"/utf8>>,
    erlang:display(t(fun() -> binary_to_term(NewUtf8, [safe]) end)),
    ExtFun = term_to_binary(fun lists:reverse/1),
    erlang:display(t(fun() -> binary_to_term(ExtFun, [safe]) end)),
    ExtFunNew = <<131, 113, 100, 0, 6, "nomod9", 100, 0, 6, "nofun9", 97, 1>>,
    erlang:display(t(fun() -> binary_to_term(ExtFunNew, [safe]) end)),
    Plain = term_to_binary(?MODULE:id([1, 2, 3])),
    erlang:display(binary_to_term(<<Plain/binary, "trailing junk">>, [used])),
    erlang:display(binary_to_term(Plain, [used])),
    erlang:display(binary_to_term(<<Plain/binary, 0>>, [used, safe])),
    Comp = term_to_binary(lists:duplicate(50, abc), [compressed]),
    erlang:display(t(fun() -> {_, U} = binary_to_term(<<Comp/binary, 1, 2, 3>>, [used]), {U, byte_size(Comp)} end)),
    erlang:display(t(fun() -> binary_to_term(<<Plain/binary, 1>>) end)),
    [erlang:display({O, t(fun() -> binary_to_term(Plain, O) end)}) || O <- ?MODULE:id([[], [bogus], bogus, [safe | x], [used, used]])],
    erlang:display(t(fun() -> binary_to_term(<<131, 97>>, [used]) end)),
    ok.
