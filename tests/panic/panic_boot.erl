%% A process reaches an injected panic at the point named on the command line (girder built
%% with the panic-inject feature); see tests/panic_containment.rs.
-module(panic_boot).
-export([main/1]).
main([Point]) ->
    erlang:display(before),
    erts_debug:inject_panic(Point),
    _ = garbage_collect(),
    erlang:yield(),
    erlang:display(after_point),
    build(100000, []).
build(0, Acc) -> length(Acc);
build(N, Acc) -> build(N - 1, [N | Acc]).
