%% erts_debug:get_internal_state({binary_info, Bin}): heap binaries and reference-counted ones.
-module(bif2_internal_state_binary).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:system_flag(system_logger, undefined),
    erts_debug:set_internal_state(available_internal_state, true),
    I = fun(B) -> erlang:display(t(fun() -> erts_debug:get_internal_state({binary_info, B}) end)) end,
    I(<<>>),
    I(<<1, 2, 3>>),
    I(list_to_binary(lists:seq(1, 64))),
    I(list_to_binary(lists:seq(1, 65))),
    Big = list_to_binary(lists:duplicate(1000, 7)),
    I(Big),
    <<_:10/binary, Rest/binary>> = Big,
    I(Rest),
    I(binary:part(Big, 0, 10)),
    I(<<1:3>>),
    I(x),
    I([1, 2]),
    ok.
