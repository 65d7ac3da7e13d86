%% Prepared code whose reference is dropped without loading it is freed: 20,000 prepares that
%% are forgotten leave erlang:memory(code) where it was (kept, they would take tens of MB),
%% and a prepared reference that was loaded leaves its module alone when it goes.
-module(code_prepare_dropped).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    One = erlang:prepare_loading(cl_lit, ?CL_LIT_V1),
    in_process(fun() -> drop(100) end),
    Before = erlang:memory(code),
    in_process(fun() -> drop(20000) end),
    erlang:display(settles(Before + 1000000, 100)),
    ok = erlang:finish_loading([One]),
    true = erlang:garbage_collect(),
    erlang:display(erlang:module_loaded(cl_lit)),
    erlang:display(cl_lit:version()),
    in_process(fun() -> drop(20000) end),
    erlang:display(settles(Before + 1000000, 100)),
    erlang:display(cl_lit:version()),
    ok.

%% Runs F in a process of its own and waits for its end.
in_process(F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, Pid, normal} -> ok end.

drop(0) -> ok;
drop(N) ->
    R = erlang:prepare_loading(cl_lit, ?CL_LIT_V2),
    true = is_reference(R),
    drop(N - 1).

settles(Limit, Tries) ->
    case erlang:memory(code) =< Limit of
        true -> true;
        false when Tries > 0 -> receive after 20 -> settles(Limit, Tries - 1) end;
        false -> {code_memory, erlang:memory(code), limit, Limit}
    end.
