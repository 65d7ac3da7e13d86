%% Funs created by old code keep running old code; after the purge they raise badfun. Funs
%% held by a process do not make it refer to the code, and it survives the purge.
-module(code_fun_old_code).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    F1 = cl_ver:mk_fun(),
    erlang:display(F1(a)),
    Self = self(),
    {Holder, Ref} = spawn_monitor(fun() ->
                                          G = cl_ver:mk_fun(),
                                          Self ! {self(), made},
                                          receive go -> Self ! {self(), e(fun() -> G(b) end)} end
                                  end),
    receive {Holder, made} -> ok end,
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    F2 = cl_ver:mk_fun(),
    erlang:display(F1(c)),
    erlang:display(F2(d)),
    erlang:display(erlang:check_process_code(Holder, cl_ver)),
    erlang:display(erlang:check_process_code(self(), cl_ver)),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(is_process_alive(Holder)),
    case e(fun() -> F1(e) end) of
        {error, {badfun, F}} -> erlang:display({badfun, F =:= F1});
        Other -> erlang:display(Other)
    end,
    erlang:display(F2(f)),
    Holder ! go,
    receive {Holder, {error, {badfun, _}}} -> erlang:display(holder_badfun);
            {Holder, R} -> erlang:display(R) end,
    receive {'DOWN', Ref, process, Holder, W} -> erlang:display(W) end,
    erlang:display(erlang:fun_info(F1, arity)),
    ok.
