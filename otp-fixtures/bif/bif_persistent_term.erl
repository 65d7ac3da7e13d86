%% persistent_term: put/2, get/0,1,2, erase/1 and info/0 with erl's results and errors. The table
%% is shared by all processes: a value stored by one process is seen by another, and survives the
%% process that stored it; refc binaries, big terms and maps as keys and values.
-module(bif_persistent_term).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

mine() -> lists:sort([{K, V} || {{?MODULE, _} = K, V} <- persistent_term:get()]).

main() ->
    Base = maps:get(count, persistent_term:info()),
    erlang:display(t(fun() -> persistent_term:get({?MODULE, missing}) end)),
    erlang:display(persistent_term:get({?MODULE, missing}, default)),
    erlang:display(persistent_term:erase({?MODULE, missing})),
    erlang:display(persistent_term:put({?MODULE, a}, 1)),
    erlang:display(persistent_term:get({?MODULE, a})),
    erlang:display(persistent_term:put({?MODULE, a}, {two, [2.0, <<"two">>]})),
    erlang:display(persistent_term:get({?MODULE, a})),
    erlang:display(persistent_term:get({?MODULE, a}, default)),
    %% Keys match exactly: 1 and 1.0 are different keys.
    persistent_term:put({?MODULE, 1}, integer),
    persistent_term:put({?MODULE, 1.0}, float),
    erlang:display({persistent_term:get({?MODULE, 1}), persistent_term:get({?MODULE, 1.0})}),
    Big = list_to_binary(lists:seq(0, 255) ++ lists:seq(0, 255)),
    persistent_term:put({?MODULE, big}, {Big, lists:seq(1, 1000), #{Big => 1 bsl 100}}),
    {B, L, M} = persistent_term:get({?MODULE, big}),
    erlang:display({B =:= Big, length(L), lists:sum(L), maps:get(Big, M)}),
    persistent_term:put({?MODULE, #{k => [v]}}, map_key),
    erlang:display(persistent_term:get({?MODULE, #{k => [v]}})),
    erlang:display(mine()),
    erlang:display(maps:get(count, persistent_term:info()) - Base),
    #{memory := Mem} = persistent_term:info(),
    erlang:display(is_integer(Mem) andalso Mem > 0),
    %% Another process sees the table and can change it; the values outlive it.
    Self = self(),
    Pid = spawn(fun() ->
                        Self ! {seen, persistent_term:get({?MODULE, a})},
                        persistent_term:put({?MODULE, child}, {from_child, lists:seq(1, 5), <<"bin">>}),
                        Self ! done
                end),
    receive {seen, Seen} -> erlang:display(Seen) end,
    receive done -> ok end,
    erlang:garbage_collect(),
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    erlang:display(persistent_term:get({?MODULE, child})),
    erlang:display(persistent_term:erase({?MODULE, a})),
    erlang:display(persistent_term:erase({?MODULE, a})),
    erlang:display(t(fun() -> persistent_term:get({?MODULE, a}) end)),
    erlang:display(persistent_term:get({?MODULE, a}, gone)),
    [persistent_term:erase(K) || {K, _} <- mine()],
    erlang:display({mine(), maps:get(count, persistent_term:info()) - Base}),
    erlang:display(t(fun() -> persistent_term:get() end) =:= persistent_term:get()),
    erlang:display(t(fun() -> persistent_term:info(x) end)),
    ok.
