%% An uncaught {badmatch, V} from a failed match in the start function.
-module(crash_badmatch).
-export([main/0]).

main() ->
    erlang:display(matching),
    {ok, Value} = lookup(missing),
    erlang:display(Value).

lookup(Key) -> {error, {not_found, Key}}.
