-module(proc_server_survive).
-export([main/0]).

%% A server that catches failures in request handling keeps serving.
loop(State) ->
    receive
        {req, From, F} ->
            Reply = try {ok, F(State)} catch C:R -> {failed, C, R} end,
            From ! {reply, Reply},
            case Reply of {ok, N} when is_integer(N) -> loop(N); _ -> loop(State) end;
        {crash_for_real, _} -> exit({real_crash, []});
        {get, From} -> From ! {state, State}, loop(State)
    end.

req(S, F) -> S ! {req, self(), F}, receive {reply, R} -> R end.

main() ->
    S = spawn(fun() -> loop(0) end),
    erlang:display(req(S, fun(N) -> N + 1 end)),
    erlang:display(req(S, fun(N) -> N div 0 end)),
    erlang:display(req(S, fun(_) -> throw(nope) end)),
    erlang:display(req(S, fun(_) -> exit(go_away) end)),
    erlang:display(req(S, fun(N) -> element(N + 5, {}) end)),
    erlang:display(req(S, fun(N) -> N + 10 end)),
    S ! {get, self()},
    receive {state, St} -> erlang:display(St) end,
    M = monitor(process, S),
    S ! {crash_for_real, x},
    receive {'DOWN', M, process, S, {Why, _}} -> erlang:display(Why) end,
    erlang:display(is_process_alive(S)).
