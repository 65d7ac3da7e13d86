%% setopts/2: setting and clearing the heir; other options are errors
-module(ets_setopts).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, []),
    d(ets:setopts(T, {heir, self(), data})),
    d(ets:info(T, heir) =:= self()),
    d(ets:setopts(T, [{heir, none}])),
    d(ets:info(T, heir)),
    d(ets:setopts(T, [])),
    d(e(fun() -> ets:setopts(T, {protection, public}) end)),
    d(e(fun() -> ets:setopts(T, {heir, x, y}) end)),
    d(e(fun() -> ets:setopts(T, [{heir, none} | x]) end)),
    d(e(fun() -> ets:setopts(T, {keypos, 2}) end)),
    d(e(fun() -> ets:setopts(nosuch, {heir, none}) end)),
    Self = self(),
    Pub = ets:new(t, [public]),
    spawn(fun() -> Self ! {r, e(fun() -> ets:setopts(Pub, {heir, none}) end)} end),
    receive {r, R} -> d(R) end.
