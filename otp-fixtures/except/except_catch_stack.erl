%% `catch Expr` of an error keeps the stack trace: {'EXIT', {Reason, Stack}} with module, function,
%% arity or arguments, and [{file, F}, {line, L}] locations, printed in full.
-module(except_catch_stack).
-export([main/0, remote/1]).

main() ->
    erlang:display(catch local(1)),
    erlang:display(catch ?MODULE:remote(2)),
    erlang:display(catch error(plain)),
    erlang:display(catch exit(plain_exit)),
    erlang:display(catch throw(plain_throw)),
    erlang:display(catch element(5, {1, 2})),
    erlang:display(catch list_to_atom(self_made())),
    erlang:display(catch (fun(X) -> X + 1 end)(a)),
    erlang:display(catch lists:nth(0, [a])),
    erlang:display(catch deep(5)),
    ok.

local(X) -> error({local_failed, X}).

remote(X) -> exit({remote_exit, X}).

self_made() -> [a | b].

deep(0) -> erlang:error(bottom);
deep(N) -> [deep(N - 1)].
