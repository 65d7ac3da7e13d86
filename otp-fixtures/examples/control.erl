%% Example module for the disassembly snapshots: try/catch, catch, receive, maps, records.
-module(control).
-export([safe_div/2, wait/1, server/1, update/2, lookup/2]).

-record(state, {count = 0, items = #{}}).

safe_div(A, B) ->
    try A div B of
        Q -> {ok, Q}
    catch
        error:badarith -> {error, zero};
        Class:Reason:Stack -> erlang:raise(Class, Reason, Stack)
    after
        erlang:display(done)
    end.

wait(Ms) ->
    receive
        {ping, From} when is_pid(From) -> From ! pong, ok;
        stop -> stopped
    after Ms ->
        timeout
    end.

server(#state{count = C, items = Items} = S) ->
    receive
        {put, K, V} -> server(S#state{count = C + 1, items = Items#{K => V}});
        {get, K, From} -> From ! maps:get(K, Items, undefined), server(S);
        {eval, F} -> Result = (catch F()), erlang:display(Result), server(S)
    end.

update(#{count := N} = M, K) -> M#{count := N + 1, K => [N | maps:keys(M)]};
update(M, K) when is_map(M) -> M#{count => 1, K => []}.

lookup(Key, M) ->
    case M of
        #{Key := V, <<"default">> := D} -> {V, D};
        _ -> #{}
    end.
