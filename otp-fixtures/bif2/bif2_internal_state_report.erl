%% Turning the internal state switch on logs a warning naming the process, as an emulator
%% event sent to the system logger.
-module(bif2_internal_state_report).
-export([main/0]).

main() ->
    erlang:system_flag(system_logger, self()),
    false = erts_debug:set_internal_state(available_internal_state, true),
    {log, Level, Format, [Text], Meta} = receive {log, _, _, _, _} = E -> E end,
    erlang:display({Level, Format}),
    Expected = "Process " ++ pid_to_list(self()) ++ " enabled access to the emulator internal state.\n"
        "NOTE: This is an erts internal test feature and should *only* be used by OTP test-suites.\n",
    erlang:display(Text =:= Expected),
    erlang:display(lists:sort(maps:keys(Meta))),
    erlang:display(maps:get(error_logger, Meta)),
    erlang:display(maps:get(pid, Meta) =:= self()),
    erlang:display(maps:get(gl, Meta) =:= group_leader()),
    erlang:display(is_integer(maps:get(time, Meta))),
    %% Turning it off, or on again while on, logs only when it is turned on.
    true = erts_debug:set_internal_state(available_internal_state, false),
    erlang:display(receive X -> X after 100 -> nothing end),
    false = erts_debug:set_internal_state(available_internal_state, true),
    erlang:display(receive {log, L2, _, _, _} -> L2 after 1000 -> nothing end),
    true = erts_debug:set_internal_state(available_internal_state, true),
    erlang:display(receive {log, L3, _, _, _} -> L3 after 1000 -> nothing end),
    erlang:system_flag(system_logger, undefined),
    ok.
