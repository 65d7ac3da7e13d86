%% Funs in the external format: EXPORT_EXT for fun M:F/A (fully determined by the names), and
%% local funs (NEW_FUN_EXT), whose bytes depend on this module's compiled code and so are fixed
%% for a given .beam; round trips, free variables, and funs inside other terms.
-module(etf_funs).
-export([main/0, id/1, exported/2]).

id(X) -> X.

exported(A, B) -> {A, B}.

main() ->
    Exports = [fun erlang:abs/1, fun lists:map/2, fun ?MODULE:exported/2, fun ?MODULE:id/1, fun erlang:'+'/2],
    [erlang:display({F, term_to_binary(F), binary_to_term(term_to_binary(F)) =:= F}) || F <- ?MODULE:id(Exports)],
    Made = erlang:make_fun(?MODULE:id(some_module), ?MODULE:id(some_function), ?MODULE:id(3)),
    erlang:display({Made, term_to_binary(Made)}),
    X = ?MODULE:id(42),
    Local = [fun() -> ok end, fun(A) -> A + X end, fun(A, B) -> {A, B, X, [X]} end],
    [begin
         B1 = term_to_binary(F),
         B2 = term_to_binary(F),
         F2 = binary_to_term(B1),
         erlang:display({B1 =:= B2, byte_size(B1), binary:part(B1, 0, 6), F2 =:= F, erlang:fun_info(F2, arity)})
     end || F <- Local],
    Add = binary_to_term(term_to_binary(lists:nth(2, Local))),
    erlang:display(Add(8)),
    Pair = binary_to_term(term_to_binary(lists:nth(3, Local))),
    erlang:display(Pair(a, b)),
    erlang:display(binary_to_term(term_to_binary({wrapped, [fun erlang:abs/1]}))),
    ok.
