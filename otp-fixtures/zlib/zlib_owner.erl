%% A zlib stream belongs to the process that opened it: others get
%% not_on_controlling_process until set_controlling_process/2 hands it over; bad arguments to
%% the NIFs are badarg.
-module(zlib_owner).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Self = self(),
    P = spawn(fun() ->
                      Self ! {first, t(fun() -> zlib:deflate(Z, <<"x">>) end)},
                      receive go -> ok end,
                      Self ! {second, t(fun() -> iolist_to_binary(zlib:deflate(Z, <<"x">>, finish)) end)},
                      Self ! {end_, t(fun() -> zlib:deflateEnd(Z) end)}
              end),
    receive {first, R1} -> erlang:display(R1) end,
    erlang:display(zlib:set_controlling_process(Z, P)),
    erlang:display(t(fun() -> zlib:deflate(Z, <<"y">>) end)),
    P ! go,
    receive {second, R2} -> erlang:display(R2) end,
    receive {end_, R3} -> erlang:display(R3) end,
    erlang:display(t(fun() -> zlib:deflateInit(make_ref()) end)),
    erlang:display(t(fun() -> zlib:close(foo) end)),
    erlang:display(t(fun() -> zlib:deflate(Z, foo) end)),
    erlang:display(t(fun() -> zlib:inflate(make_ref(), <<>>) end)),
    erlang:display(t(fun() -> zlib:set_controlling_process(Z, foo) end)),
    ok.
