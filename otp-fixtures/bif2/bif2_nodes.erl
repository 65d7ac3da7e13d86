%% nodes/1,2 on a node that is not alive.
-module(bif2_nodes).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> nodes() end)),
    erlang:display(t(fun() -> nodes(visible) end)),
    erlang:display(t(fun() -> nodes(hidden) end)),
    erlang:display(t(fun() -> nodes(connected) end)),
    erlang:display(t(fun() -> nodes(this) end)),
    erlang:display(t(fun() -> nodes(known) end)),
    erlang:display(t(fun() -> nodes([this, known]) end)),
    erlang:display(t(fun() -> nodes(bad) end)),
    erlang:display(t(fun() -> nodes([bad]) end)),
    erlang:display(t(fun() -> erlang:nodes(this, #{}) end)),
    erlang:display(t(fun() -> erlang:nodes(known, #{node_type => true}) end)),
    erlang:display(t(fun() -> erlang:nodes(this, #{connection_id => true}) end)),
    erlang:display(t(fun() -> erlang:nodes([], #{}) end)),
    erlang:display(t(fun() -> erlang:nodes(this, []) end)),
    ok.
