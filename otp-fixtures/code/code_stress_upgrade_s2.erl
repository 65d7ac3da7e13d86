%% args: +S 2 -s NAME main
%% Many processes call into a module with qualified calls while this process loads a new
%% version again and again and purges each old one. Every worker either finishes in a version
%% that was current, or is killed by a purge while in old code (erl's rules); nothing crashes.
-module(code_stress_upgrade_s2).
-export([main/0]).
-include("code_versions.hrl").

-define(WORKERS, 40).
-define(ROUNDS, 30).

main() ->
    {module, cl_spin} = erlang:load_module(cl_spin, ?CL_SPIN_V1),
    Self = self(),
    Workers = [spawn_monitor(fun() -> cl_spin:spin(2000 + I * 50, Self) end)
               || I <- lists:seq(1, ?WORKERS)],
    reload(?ROUNDS),
    Results = [collect(P, R) || {P, R} <- Workers],
    Valid = lists:all(fun({version, V}) -> V =:= 1 orelse V =:= 2;
                         (killed) -> true;
                         (_) -> false
                      end, Results),
    erlang:display({workers, length(Results), all_valid, Valid}),
    erlang:display(lists:usort([R || R <- Results, not is_tuple(R)]) -- [killed]),
    erlang:display(cl_spin:version()),
    ok.

reload(0) -> ok;
reload(N) ->
    Bin = case N rem 2 of 0 -> ?CL_SPIN_V1; 1 -> ?CL_SPIN_V2 end,
    {module, cl_spin} = erlang:load_module(cl_spin, Bin),
    true = erlang:purge_module(cl_spin),
    reload(N - 1).

collect(P, Ref) ->
    receive
        {P, V} ->
            receive {'DOWN', Ref, process, P, normal} -> {version, V} end;
        {'DOWN', Ref, process, P, killed} ->
            killed;
        {'DOWN', Ref, process, P, Other} ->
            {other, Other}
    end.
