-module(proc_dict_isolation).
-export([main/0]).

%% Each process has its own dictionary; a child starts with an empty one.
main() ->
    put(parent_key, 1),
    Self = self(),
    [spawn(fun() -> put(k, I), Self ! {I, get(), get(parent_key)} end) || I <- lists:seq(1, 3)],
    erlang:display(lists:sort([receive {I, D, PK} -> {I, D, PK} end || I <- lists:seq(1, 3)])),
    erlang:display(get()),
    ok.
