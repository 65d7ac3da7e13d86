#!/usr/bin/env escript
%% Reads test cases written by etf_vs_erl.rs (file:consult format) and writes, one hexadecimal line
%% per result, what erl computes for them: external term format encodings under several options,
%% external sizes, and the results of map operations encoded as terms.
-mode(compile).

main([In, Out]) ->
    {ok, Items} = file:consult(In),
    {ok, F} = file:open(Out, [write, binary, delayed_write]),
    lists:foreach(fun(Item) -> emit(F, Item) end, Items),
    ok = file:close(F).

emit(F, {term, T}) ->
    hex(F, term_to_binary(T)),
    hex(F, term_to_binary(T, [compressed])),
    hex(F, term_to_binary(T, [{compressed, 1}])),
    hex(F, term_to_binary(T, [{minor_version, 0}])),
    hex(F, term_to_binary(T, [{minor_version, 2}])),
    hex(F, term_to_binary(T, [deterministic])),
    hex(F, term_to_binary(erlang:external_size(T)));
emit(F, {map, Pairs, Remove, Put, Merge}) ->
    M = maps:from_list(Pairs),
    hex(F, term_to_binary(M)),
    hex(F, term_to_binary(M, [deterministic])),
    hex(F, term_to_binary(iteration_keys(maps:next(maps:iterator(M)), []))),
    hex(F, term_to_binary(maps:keys(M))),
    hex(F, term_to_binary(maps:values(M))),
    Removed = lists:foldl(fun maps:remove/2, M, Remove),
    hex(F, term_to_binary(Removed)),
    hex(F, term_to_binary(iteration_keys(maps:next(maps:iterator(Removed)), []))),
    Added = lists:foldl(fun({K, V}, Acc) -> Acc#{K => V} end, M, Put),
    hex(F, term_to_binary(Added)),
    hex(F, term_to_binary(maps:merge(M, maps:from_list(Merge)))),
    hex(F, term_to_binary(maps:merge(maps:from_list(Merge), M))),
    OneByOne = lists:foldl(fun({K, V}, Acc) -> maps:put(K, V, Acc) end, #{}, Pairs),
    hex(F, term_to_binary(OneByOne)),
    hex(F, term_to_binary(M =:= OneByOne)).

iteration_keys(none, Acc) -> lists:reverse(Acc);
iteration_keys({K, _, I}, Acc) -> iteration_keys(maps:next(I), [K | Acc]).

hex(F, Bin) ->
    ok = file:write(F, [binary:encode_hex(Bin), $\n]).
