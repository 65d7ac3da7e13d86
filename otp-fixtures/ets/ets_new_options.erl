%% ets:new/2 options and what info reports for them
-module(ets_new_options).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

info(T) -> [ets:info(T, I) || I <- [name, named_table, type, keypos, protection, size, memory, heir, compressed, read_concurrency, write_concurrency, decentralized_counters, fixed]].
main() ->
    Opts = [[set], [ordered_set], [bag], [duplicate_bag], [public], [private], [protected],
            [{keypos, 3}], [compressed], [{read_concurrency, true}], [{write_concurrency, true}],
            [{write_concurrency, auto}], [{write_concurrency, false}], [ordered_set, {write_concurrency, true}],
            [{decentralized_counters, true}], [{decentralized_counters, false}, {write_concurrency, auto}],
            [bag, set], [public, private], [{keypos, 2}, {keypos, 4}], [{heir, none}],
            [ordered_set, {read_concurrency, true}, {write_concurrency, true}, compressed]],
    [begin T = ets:new(x, O), d({O, info(T)}), ets:delete(T) end || O <- Opts],
    T2 = ets:new(x, [{heir, self(), data}]),
    d(ets:info(T2, heir) =:= self()).
