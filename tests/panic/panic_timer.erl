%% A process reaches an injected panic at the point named on the command line (girder built
%% with the panic-inject feature); see tests/panic_containment.rs.
-module(panic_timer).
-export([main/0]).
main() ->
    erts_debug:inject_panic(timer, any),
    erlang:send_after(10, self(), hello),
    receive hello -> erlang:display(got_it) end.
