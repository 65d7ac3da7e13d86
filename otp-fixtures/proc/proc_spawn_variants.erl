-module(proc_spawn_variants).
-export([main/0, err/1, child/1, child/0]).

child() -> receive {From, What} -> From ! {self(), What} end.
child(Tag) -> receive {From, What} -> From ! {self(), Tag, What} end.

ask(P, What) ->
    P ! {self(), What},
    receive {P, A} -> A; {P, T, A} -> {T, A} after 1000 -> timeout end.

main() ->
    P1 = spawn(?MODULE, child, []),
    erlang:display(ask(P1, a)),
    P2 = spawn(?MODULE, child, [tag]),
    erlang:display(ask(P2, b)),
    P3 = spawn(fun() -> child(fun_tag) end),
    erlang:display(ask(P3, c)),
    P4 = spawn_link(?MODULE, child, []),
    erlang:display(ask(P4, d)),
    {P5, R5} = spawn_monitor(?MODULE, child, []),
    erlang:display(ask(P5, e)),
    receive {'DOWN', R5, process, P5, Why5} -> erlang:display({down, Why5}) end,
    {P6, R6} = spawn_monitor(fun() -> exit(bye) end),
    receive {'DOWN', R6, process, P6, Why6} -> erlang:display({down, Why6}) end,
    P7 = spawn_opt(?MODULE, child, [opt], [link, {priority, high}]),
    erlang:display(ask(P7, f)),
    {P8, R8} = spawn_opt(fun() -> ok end, [monitor]),
    receive {'DOWN', R8, process, P8, Why8} -> erlang:display({down, Why8}) end,
    P9 = spawn_opt(?MODULE, child, [], [{min_heap_size, 1000}, {fullsweep_after, 10}]),
    erlang:display(ask(P9, g)),
    erlang:display(is_pid(spawn(erlang, now, []))),
    erlang:display(err(fun() -> spawn(?MODULE, child, not_a_list) end)),
    erlang:display(err(fun() -> spawn("mod", child, []) end)),
    erlang:display(err(fun() -> spawn(fun(X) -> X end) end)),
    erlang:display(err(fun() -> spawn_opt(fun() -> ok end, [bogus]) end)),
    erlang:display(err(fun() -> spawn_opt(fun() -> ok end, [{priority, urgent}]) end)),
    erlang:display(err(fun() -> spawn_link(?MODULE, child, [a | b]) end)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
