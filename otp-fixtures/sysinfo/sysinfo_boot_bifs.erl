%% The small built-ins an OTP boot calls: node lists, dynamic trace tags, printable range,
%% system processes, process flags for node monitors and the error handler.
-module(sysinfo_boot_bifs).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:nodes(connected, #{})),
    erlang:display(erlang:nodes(visible, #{node_type => true})),
    erlang:display(erlang:nodes([this], #{node_type => true})),
    erlang:display(erlang:nodes([this, visible], #{node_type => true, connection_id => true})),
    erlang:display(erlang:nodes(known, #{})),
    erlang:display(t(fun() -> erlang:nodes(foo, #{}) end)),
    erlang:display(t(fun() -> erlang:nodes(visible, bad) end)),
    erlang:display(t(fun() -> erlang:nodes(visible, #{bad => true}) end)),
    erlang:display(t(fun() -> erlang:nodes(visible, #{node_type => 1}) end)),
    erlang:display({erlang:dt_get_tag(), erlang:dt_put_tag(foo), erlang:dt_get_tag()}),
    erlang:display({erlang:dt_spread_tag(true), erlang:dt_restore_tag(true),
                    erlang:dt_spread_tag(false)}),
    erlang:display(t(fun() -> erlang:dt_spread_tag(x) end)),
    erlang:display(t(fun() -> erlang:dt_restore_tag(x) end)),
    erlang:display({erlang:dt_get_tag_data(), erlang:dt_prepend_vm_tag_data(a),
                    erlang:dt_append_vm_tag_data(b)}),
    erlang:display(io:printable_range()),
    erlang:display(net_kernel:dflag_unicode_io(self())),
    erlang:display(file:native_name_encoding()),
    erlang:display(error_logger:warning_map()),
    erlang:display({erlang:is_alive(), node()}),
    erlang:display(erts_internal:is_system_process(self())),
    erlang:display(t(fun() -> erts_internal:is_system_process(foo) end)),
    erlang:display(t(fun() -> erlang:display_string(<<"bin">>) end)),
    erlang:display(t(fun() -> erlang:display_string(foo) end)),
    erlang:display(erlang:display_string("to stderr\n")),
    erlang:display(erlang:display_nl()),
    erlang:display(erts_internal:scheduler_wall_time(true)),
    erlang:display(erts_internal:scheduler_wall_time(false)),
    [erlang:display(t(fun() -> process_flag(K, V) end)) ||
        {K, V} <- [{monitor_nodes, true}, {monitor_nodes, true}, {monitor_nodes, false},
                   {monitor_nodes, false}, {monitor_nodes, x},
                   {{monitor_nodes, []}, true}, {{monitor_nodes, []}, true},
                   {{monitor_nodes, []}, false}, {{monitor_nodes, #{}}, true},
                   {{monitor_nodes, bad}, true}, {{monitor_nodes, [bad]}, true},
                   {{other, []}, true}, {async_dist, true},
                   {error_handler, my_handler}, {error_handler, error_handler},
                   {error_handler, 1}]],
    erlang:display(process_info(self(), error_handler)),
    ok.
