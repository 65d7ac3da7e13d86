%% Data reachable only through unusual roots must survive collections: the process dictionary,
%% messages waiting in the mailbox, a caught exception's reason, variables saved on the stack across
%% calls, and closures' environments.
-module(gc_roots).
-export([main/0]).

main() ->
    put(dict_data, lists:seq(1, 100000)),
    self() ! {mail, lists:seq(1, 50000)},
    Closure = make_closure(lists:seq(1, 30000)),
    Exc = try error({payload, lists:seq(1, 40000)}) catch error:R -> R end,
    OnStack = [X * 2 || X <- lists:seq(1, 60000)],
    Garbage = churn(400, 0),
    erlang:display({garbage_done, Garbage}),
    erlang:display({dict, lists:sum(get(dict_data))}),
    erlang:display({mail, receive {mail, M} -> lists:sum(M) after 0 -> missing end}),
    erlang:display({closure, Closure()}),
    {payload, P} = Exc,
    erlang:display({exception, lists:sum(P)}),
    erlang:display({stack, lists:sum(OnStack)}),
    erlang:display({nested_catch, nested(20)}),
    ok.

make_closure(L) -> fun() -> lists:sum(L) end.

churn(0, Acc) -> Acc;
churn(N, Acc) -> churn(N - 1, Acc + tuple_size(list_to_tuple(lists:seq(1, 5000)))).

nested(0) -> churn(50, 0);
nested(N) ->
    Keep = lists:seq(1, 1000),
    R = try nested(N - 1) catch _:_ -> failed end,
    R + lists:sum(Keep).
