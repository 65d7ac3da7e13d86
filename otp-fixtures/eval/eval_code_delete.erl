%% eval: NAME:main()
%% Reloading a library module, then code:delete/1 refused while old code exists (erl also logs
%% "Module ... must be purged before deleting"), purge, delete, soft_purge, and the final state
-module(eval_code_delete).
-export([main/0]).
main() ->
    M = dbg,
    show(code:ensure_loaded(M)),
    show(code:load_file(M)),
    show(erlang:check_old_code(M)),
    show(code:delete(M)),
    timer:sleep(200),
    show(code:purge(M)),
    show(erlang:check_old_code(M)),
    show(code:delete(M)),
    show(code:is_loaded(M)),
    show(code:soft_purge(M)),
    show(code:delete(M)),
    show(code:ensure_loaded(M)),
    show(catch erlang:delete_module("not an atom")).
show(T) -> io:format("~p~n", [T]).
