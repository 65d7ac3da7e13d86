%% The ports the runtime keeps open: erlang:ports/0 lists them, is_port/1 holds, and
%% erlang:port_info/1,2 describe them (the facts that do not depend on how the runtime set them
%% up: kinds of values, the standard I/O port, agreement between the two forms); the errors
%% for bad arguments; ports in the term order.
-module(proc_ports).
-export([main/0]).

main() ->
    T = fun(F) -> try F() catch C:R -> {C, R} end end,
    Ports = erlang:ports(),
    erlang:display({some_ports, Ports =/= []}),
    erlang:display({all_ports, lists:all(fun is_port/1, Ports)}),
    erlang:display({sorted, lists:sort(Ports) =:= Ports}),
    Infos = [erlang:port_info(P) || P <- Ports],
    erlang:display({keys, lists:usort([[K || {K, _} <- I] || I <- Infos])}),
    Names = [N || I <- Infos, {name, N} <- I],
    erlang:display({stdio_port, lists:member("0/1", Names)}),
    [P | _] = Ports,
    Items = [id, name, connected, links, monitors, monitored_by, input, output, os_pid,
             registered_name, memory, queue_size, locking, parallelism],
    Values = [erlang:port_info(P, I) || I <- Items],
    erlang:display({shapes, [shape(V) || V <- Values]}),
    {connected, Owner} = erlang:port_info(P, connected),
    erlang:display({owner_alive, is_process_alive(Owner)}),
    erlang:display({same_as_info1, [V || {K, _} = V <- Values, lists:keymember(K, 1, hd(Infos))]
                                   =:= [lists:keyfind(K, 1, hd(Infos)) || K <- Items, lists:keymember(K, 1, hd(Infos))]}),
    {id, Id} = erlang:port_info(P, id),
    erlang:display({distinct_ids, length(lists:usort([element(2, erlang:port_info(X, id)) || X <- Ports])) =:= length(Ports), is_integer(Id)}),
    erlang:display(T(fun() -> erlang:port_info(P, foo) end)),
    erlang:display(T(fun() -> erlang:port_info(P, "id") end)),
    erlang:display(T(fun() -> erlang:port_info(P, [id, name]) end)),
    erlang:display(T(fun() -> erlang:port_info(self(), id) end)),
    erlang:display(T(fun() -> erlang:port_info(self()) end)),
    erlang:display(T(fun() -> erlang:port_info("x") end)),
    erlang:display(T(fun() -> erlang:port_info(make_ref()) end)),
    erlang:display(erlang:port_info(no_such_port)),
    erlang:display(erlang:port_info(no_such_port, id)),
    erlang:display({port_count, erlang:system_info(port_count) =:= length(Ports)}),
    erlang:display({port_limit, erlang:system_info(port_limit)}),
    erlang:display([X || X <- lists:sort([self(), P, 1, a, {t}]), not is_reference(X), X =/= P, X =/= self()]),
    erlang:display({port_between, P > make_ref(), P < self(), P > a, P < {t}}),
    ok.

shape({K, V}) when is_integer(V) -> {K, integer};
shape({K, V}) when is_pid(V) -> {K, pid};
shape({K, V}) when is_list(V) -> {K, list};
shape({K, V}) when is_atom(V) -> {K, atom};
shape(V) -> V.
