%% dynamic trace tags without dynamic tracing.
-module(bif2_dt_tags).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:dt_get_tag() end)),
    erlang:display(t(fun() -> erlang:dt_put_tag(<<"tag">>) end)),
    erlang:display(t(fun() -> erlang:dt_put_tag(undefined) end)),
    erlang:display(t(fun() -> erlang:dt_get_tag_data() end)),
    erlang:display(t(fun() -> erlang:dt_spread_tag(true) end)),
    erlang:display(t(fun() -> erlang:dt_spread_tag(false) end)),
    erlang:display(t(fun() -> erlang:dt_spread_tag(1) end)),
    erlang:display(t(fun() -> erlang:dt_restore_tag(true) end)),
    erlang:display(t(fun() -> erlang:dt_restore_tag(false) end)),
    erlang:display(t(fun() -> erlang:dt_prepend_vm_tag_data(<<"x">>) end)),
    erlang:display(t(fun() -> erlang:dt_append_vm_tag_data(<<"y">>) end)),
    ok.
