%% process_info(P, backtrace) gives a binary (its text is the VM's own, so only its shape is
%% printed); erlang:process_display/2 writes it to standard error and answers true, with
%% erl's errors for a bad type and for a pid that is not a live process.
-module(bif2_process_display).
-export([main/0]).
main() ->
    {backtrace, B} = process_info(self(), backtrace),
    erlang:display(is_binary(B) andalso byte_size(B) > 0),
    Other = spawn(fun() -> receive stop -> ok end end),
    {backtrace, B2} = process_info(Other, backtrace),
    erlang:display(is_binary(B2)),
    erlang:display(erlang:process_display(self(), backtrace)),
    erlang:display(erlang:process_display(Other, backtrace)),
    Other ! stop,
    Dead = spawn(fun() -> ok end),
    receive after 50 -> ok end,
    erlang:display(process_info(Dead, backtrace)),
    [erlang:display(error_of(fun() -> erlang:process_display(P, T) end))
     || {P, T} <- [{self(), foo}, {Dead, backtrace}, {notapid, backtrace}, {self(), "backtrace"}]],
    ok.

error_of(F) ->
    try F() catch error:E:St -> {E, [I || {erlang, process_display, _, I} <- St]} end.
