%% erts_debug:get_internal_state/1 and set_internal_state/2 raise undef until the switch
%% available_internal_state is turned on, and again once it is turned off.
-module(bif2_internal_state_switch).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    %% The warning that turning the switch on logs goes nowhere.
    erlang:system_flag(system_logger, undefined),
    erlang:display(t(fun() -> erts_debug:get_internal_state(available_internal_state) end)),
    erlang:display(t(fun() -> erts_debug:get_internal_state(nope) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(sleep, 1) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(available_internal_state, maybe) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(available_internal_state, false) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(available_internal_state, true) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(available_internal_state, true) end)),
    erlang:display(t(fun() -> erts_debug:get_internal_state(available_internal_state) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(available_internal_state, maybe) end)),
    erlang:display(t(fun() -> erts_debug:get_internal_state(nope) end)),
    Self = self(),
    spawn(fun() -> Self ! {other, t(fun() -> erts_debug:get_internal_state(available_internal_state) end)} end),
    receive {other, R} -> erlang:display(R) end,
    erlang:display(t(fun() -> erts_debug:set_internal_state(available_internal_state, false) end)),
    erlang:display(t(fun() -> erts_debug:get_internal_state(available_internal_state) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(sleep, 1) end)),
    erlang:display(t(fun() -> erts_debug:set_internal_state(available_internal_state, false) end)),
    ok.
