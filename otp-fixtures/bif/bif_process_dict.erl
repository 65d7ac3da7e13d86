%% The process dictionary: put/2 returns the old value, get/1 of a missing key is undefined, erase,
%% get_keys/0,1; listings are sorted before printing since their order is unspecified.
-module(bif_process_dict).
-export([main/0]).

main() ->
    erlang:display({put(a, 1), put(a, 2), get(a), get(missing)}),
    [put({key, I}, I * I) || I <- lists:seq(1, 100)],
    erlang:display({get({key, 10}), length(get()), lists:sum([V || {{key, _}, V} <- get()])}),
    erlang:display(lists:sort(get_keys(2))),
    put(b, 2), put(c, 2),
    erlang:display(lists:sort(get_keys(2))),
    erlang:display({erase(a), erase(a), erase(missing)}),
    erlang:display(length(get_keys())),
    [erase({key, I}) || I <- lists:seq(1, 50)],
    erlang:display(length(get())),
    Old = erase(),
    erlang:display({length(Old), get(), get_keys()}),
    put(1, one), put(1.0, float_one),
    erlang:display(lists:sort(get())),
    put(big, lists:seq(1, 100000)),
    erlang:display(length(get(big))),
    ok.
