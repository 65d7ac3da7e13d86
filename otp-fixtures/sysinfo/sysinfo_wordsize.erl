%% system_info/system_flag: word sizes.
-module(sysinfo_wordsize).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(wordsize) end)),
    erlang:display(t(fun() -> erlang:system_info({wordsize, internal}) end)),
    erlang:display(t(fun() -> erlang:system_info({wordsize, external}) end)),
    erlang:display(t(fun() -> erlang:system_info({wordsize, foo}) end)),
    erlang:display(t(fun() -> erlang:system_info({wordsize}) end)),
    ok.
