%% Version 2 of cl_ver (compiled into code_versions.hrl by scripts/code-versions.sh).
-module(cl_ver).
-export([version/0, mk_fun/0, wait/0, wait_local/0, const/0, only_v2/0, guarded/1, deep/1, apply_self/0]).
version() -> 2.
mk_fun() -> X = 2, fun(Y) -> {fun_of, X, version(), Y} end.
%% Answers with a fully qualified call, then loops with a qualified call too: moves to new code.
wait() ->
    receive
        {From, version} -> From ! {self(), ?MODULE:version()}, ?MODULE:wait();
        {From, stop} -> From ! {self(), stopped}
    end.
%% Never makes a qualified call: stays in the version that started it.
wait_local() ->
    receive
        {From, version} -> From ! {self(), version()}, wait_local();
        {From, stop} -> From ! {self(), stopped}
    end.
const() -> {const, 2, [1, 2, 3], <<"literal of version 2">>, {nested, [a, b, {c, 2}]}}.
only_v2() -> only_v2.
%% Calls F inside a catch: the catch marker refers to this version's code.
guarded(F) -> R = (catch F()), {guarded, 2, R}.
%% Recurses N times (not a tail call) and then waits: return addresses into this version.
deep(0) -> receive {From, go} -> From ! {self(), version()}, 0 end;
deep(N) -> 1 + deep(N - 1).
apply_self() -> apply(?MODULE, version, []).
