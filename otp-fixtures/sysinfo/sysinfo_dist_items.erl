%% system_info/system_flag: distribution items of a node that is not alive.
-module(sysinfo_dist_items).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(dist) end)),
    erlang:display(t(fun() -> erlang:system_info(dist_ctrl) end)),
    erlang:display(t(fun() -> erlang:system_info(dist_buf_busy_limit) end)),
    erlang:display(t(fun() -> erlang:system_info(delayed_node_table_gc) end)),
    erlang:display(t(fun() -> erlang:system_info(creation) end)),
    erlang:display(t(fun() -> erlang:is_alive() end)),
    erlang:display(t(fun() -> node() end)),
    erlang:display(t(fun() -> nodes() end)),
    erlang:display(t(fun() -> erlang:nodes(hidden) end)),
    erlang:display(t(fun() -> erlang:nodes(this) end)),
    ok.
