%% Built-ins under a second name: append/2, subtract/2, '!'/2, fun_info_mfa/1,
%% fun_to_list/1, iolist_to_iovec/1, term_to_iovec/1,2, spawn_request_abandon/1, raise/3.
-module(bif2_aliases).
-export([main/0, f/1]).

t(F) -> try F() catch C:R -> {C, R} end.

f(X) -> X.

main() ->
    erlang:display(erlang:append([1, 2], [3])),
    erlang:display(erlang:append([], x)),
    erlang:display(t(fun() -> erlang:append(x, [1]) end)),
    erlang:display(erlang:subtract([1, 2, 3, 2], [2])),
    erlang:display(t(fun() -> erlang:subtract([1], x) end)),
    erlang:display(erlang:'!'(self(), hello)),
    erlang:display(receive M -> M end),
    erlang:display(t(fun() -> erlang:'!'(foo_not_registered, x) end)),
    erlang:display(erlang:fun_info_mfa(fun lists:map/2)),
    erlang:display(erlang:fun_info_mfa(fun ?MODULE:f/1)),
    erlang:display(erlang:fun_info_mfa(fun(A, B) -> A + B end)),
    erlang:display(t(fun() -> erlang:fun_info_mfa(x) end)),
    erlang:display(erlang:fun_to_list(fun lists:map/2)),
    erlang:display(erlang:fun_to_list(fun ?MODULE:f/1)),
    erlang:display(lists:prefix("#Fun<bif2_aliases.", erlang:fun_to_list(fun(A) -> A end))),
    erlang:display(t(fun() -> erlang:fun_to_list(x) end)),
    erlang:display(iolist_to_binary(erlang:iolist_to_iovec([<<"ab">>, "cd", [[$e]]]))),
    erlang:display(erlang:iolist_to_iovec([])),
    erlang:display(erlang:iolist_to_iovec([[], <<>>])),
    erlang:display(t(fun() -> erlang:iolist_to_iovec(x) end)),
    erlang:display(erlang:iolist_to_iovec(<<"bin">>)),
    erlang:display(iolist_to_binary(erlang:term_to_iovec({a, "b", 1.5}))),
    erlang:display(binary_to_term(iolist_to_binary(erlang:term_to_iovec([x], [compressed])))),
    erlang:display(erlang:spawn_request_abandon(make_ref())),
    erlang:display(t(fun() -> erlang:spawn_request_abandon(x) end)),
    erlang:display(erlang:raise(foo, bar, [])),
    erlang:display(erlang:raise(error, bar, bad)),
    erlang:display(t(fun() -> erlang:raise(throw, bar, []) end)),
    ok.
