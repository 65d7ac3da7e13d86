%% Errors from calls: undef (missing module, missing function, wrong arity), {badfun, F} for
%% calling a non-function, {badarity, {F, Args}} for a fun of another arity.
-module(except_call_errors).
-export([main/0, exported/1]).

show(F) -> try F() catch C:R:S -> {C, R, S} end.

main() ->
    erlang:display(show(fun() -> no_such_module:f(1) end)),
    erlang:display(show(fun() -> ?MODULE:no_such_function(1, 2) end)),
    erlang:display(show(fun() -> ?MODULE:exported(1, 2) end)),
    erlang:display(show(fun() -> apply(?MODULE, exported, []) end)),
    erlang:display(show(fun() -> M = id(lists), M:no_such(1) end)),
    erlang:display(show(fun() -> F = id(not_a_fun), F(1) end)),
    erlang:display(show(fun() -> F = id({a, tuple}), F() end)),
    erlang:display(show(fun() -> F = id(42), F(1, 2, 3) end)),
    erlang:display(show(fun() -> F = id(fun(X) -> X end), F(1, 2) end)),
    erlang:display(show(fun() -> F = id(fun ?MODULE:exported/1), F() end)),
    erlang:display(show(fun() -> F = id(fun lists:reverse/1), F(a, b) end)),
    erlang:display(show(fun() -> apply(id(fun(A, B) -> {A, B} end), [1]) end)),
    erlang:display(show(fun() -> apply(id(17), [1]) end)),
    erlang:display(show(fun() -> apply(?MODULE, exported, not_a_list) end)),
    erlang:display(show(fun() -> apply(id("mod"), f, []) end)),
    erlang:display(show(fun() -> (id(fun erlang:no_such_bif/0))() end)),
    ok.

id(X) -> X.

exported(X) -> X.
