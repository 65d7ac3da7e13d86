%% The body of code_stress_reclaim_s1, _s2 and _s4 (they differ only in the schedulers they
%% run on): see code_stress_reclaim_s2.erl for what it checks.
-export([main/0]).
-include("code_versions.hrl").

-define(WORKERS, 10000).
-define(ROUNDS, 100).
-define(SPINS, 3000).

main() ->
    {module, cl_lit} = erlang:load_module(cl_lit, ?CL_LIT_V1),
    Before = erlang:memory(code),
    {module, cl_lit} = erlang:load_module(cl_lit, ?CL_LIT_V2),
    OneVersion = erlang:memory(code) - Before,
    true = erlang:purge_module(cl_lit),
    Self = self(),
    Workers = reload(?ROUNDS, Self, []),
    _ = [P ! {Self, report} || {P, _} <- Workers],
    Results = [collect(P, R) || {P, R} <- Workers],
    Valid = lists:all(fun({version, V, Kept}) -> valid(V) andalso kept(Kept);
                         (killed) -> true;
                         (_) -> false
                      end, Results),
    erlang:display({workers, length(Results), all_valid, Valid}),
    erlang:display(lists:usort([R || R <- Results, not is_tuple(R)]) -- [killed]),
    Final = cl_lit:version(),
    LateWorkers = [spawn_monitor(fun() -> worker(Self) end) || _ <- lists:seq(1, 100)],
    _ = [P ! {Self, report} || {P, _} <- LateWorkers],
    Late = [collect(P, R) || {P, R} <- LateWorkers],
    erlang:display({late_workers_in_final_version,
                    lists:all(fun({version, V, Kept}) -> V =:= Final andalso kept(Kept);
                                 (_) -> false
                              end, Late)}),
    erlang:display({final_version, Final}),
    erlang:display({code_memory_given_back, OneVersion > 0 andalso
                                            settles(Before + 10 * OneVersion, 100)}),
    ok.

worker(Parent) ->
    Kept = cl_lit:data(),
    Last = calls(?SPINS, 0),
    receive {Parent, report} -> Parent ! {self(), Last, Kept} end.

%% N qualified calls into the module; the version the last one ran in.
calls(0, V) -> V;
calls(N, _) -> calls(N - 1, cl_lit:version()).

%% Each round starts a batch of workers, lets them run for a moment (they take a literal of the
%% current version), then loads the next version and purges the one they took it from. Workers of
%% earlier rounds are still calling into the module meanwhile.
reload(0, _Parent, Workers) -> Workers;
reload(N, Parent, Workers) ->
    Batch = [spawn_monitor(fun() -> worker(Parent) end) || _ <- lists:seq(1, ?WORKERS div ?ROUNDS)],
    receive after 1 -> ok end,
    Bin = case N rem 2 of 0 -> ?CL_LIT_V1; 1 -> ?CL_LIT_V2 end,
    {module, cl_lit} = erlang:load_module(cl_lit, Bin),
    true = erlang:purge_module(cl_lit),
    reload(N - 1, Parent, Batch ++ Workers).

collect(P, Ref) ->
    receive
        {P, V, Kept} ->
            receive {'DOWN', Ref, process, P, normal} -> {version, V, Kept} end;
        {'DOWN', Ref, process, P, killed} ->
            killed;
        {'DOWN', Ref, process, P, Other} ->
            {other, Other}
    end.

valid(V) -> V =:= 1 orelse V =:= 2.

%% The literal a worker kept, whichever version it came from, must be intact.
kept(Kept) -> Kept =:= expected(1) orelse Kept =:= expected(2).

expected(1) ->
    {v1, lists:seq(1, 20),
     <<"version one: a binary literal longer than sixty-four bytes, so it is a refc binary">>,
     #{kind => literal, version => "one"}, 3.25};
expected(2) ->
    {v2, lists:seq(1, 20),
     <<"version two: a binary literal longer than sixty-four bytes, so it is a refc binary">>,
     #{kind => literal, version => "two"}, 6.5}.

%% Whether memory(code) comes down to Limit within Tries polls (purged code is freed
%% asynchronously in both VMs).
settles(Limit, Tries) ->
    case erlang:memory(code) =< Limit of
        true -> true;
        false when Tries > 0 -> receive after 50 -> settles(Limit, Tries - 1) end;
        false -> {code_memory, erlang:memory(code), limit, Limit}
    end.
