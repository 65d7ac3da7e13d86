%% give_away/3 hands a table over with an 'ETS-TRANSFER' message
-module(ets_give_away).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    T = ets:new(t, [protected]),
    ets:insert(T, {k, 1}),
    P = spawn(fun() ->
        receive {'ETS-TRANSFER', Tab, From, Data} ->
            Self ! {got, Tab =:= T, From =:= Self, Data, ets:info(Tab, owner) =:= self(),
                    ets:insert(Tab, {k, 2}), ets:lookup(Tab, k)}
        end,
        receive {give_back, To} -> ets:give_away(T, To, back) end,
        receive stop -> ok end
    end),
    d(ets:give_away(T, P, {some, data})),
    receive {got, A, B, C, D, E, F} -> d({A, B, C, D, E, F}) end,
    d(e(fun() -> ets:insert(T, {k, 3}) end)),
    d(ets:lookup(T, k)),
    d(e(fun() -> ets:give_away(T, self(), x) end)),
    P ! {give_back, self()},
    receive {'ETS-TRANSFER', T, P, back} -> d(returned) after 5000 -> d(timeout) end,
    d(ets:info(T, owner) =:= self()),
    d(e(fun() -> ets:give_away(T, self(), x) end)),
    d(e(fun() -> ets:give_away(T, not_a_pid, x) end)),
    Dead = spawn(fun() -> ok end),
    Mon = monitor(process, Dead),
    receive {'DOWN', Mon, _, _, _} -> ok end,
    d(e(fun() -> ets:give_away(T, Dead, x) end)),
    d(e(fun() -> ets:give_away(nosuch, P, x) end)),
    P ! stop,
    d(ets:info(T, owner) =:= self()).
