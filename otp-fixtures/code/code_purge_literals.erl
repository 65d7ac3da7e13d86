%% Literals of a version outlive its purge wherever they were put: a waiting process's stack,
%% its dictionary, a message waiting in its queue, an exception it caught, ETS, persistent_term,
%% a pending timer's message and a fun's environment. After the version is purged (and its
%% memory given back), every copy is still intact.
-module(code_purge_literals).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    {module, cl_lit} = erlang:load_module(cl_lit, ?CL_LIT_V1),
    Self = self(),
    Holder = spawn(fun() -> holder(Self) end),
    receive {Holder, ready} -> ok end,
    T = ets:new(t, [public]),
    true = ets:insert(T, {k, cl_lit:data()}),
    persistent_term:put({?MODULE, k}, cl_lit:data()),
    Timer = erlang:send_after(300, Self, {timer, cl_lit:data()}),
    Holder ! {queued, cl_lit:data()},
    {module, cl_lit} = erlang:load_module(cl_lit, ?CL_LIT_V2),
    true = erlang:purge_module(cl_lit),
    erlang:display({purged, erlang:check_old_code(cl_lit)}),
    receive after 100 -> ok end,
    Holder ! {Self, report},
    Reports = receive {Holder, R} -> R end,
    erlang:display({holder, [{Where, V =:= expected()} || {Where, V} <- Reports]}),
    [{k, E}] = ets:lookup(T, k),
    erlang:display({ets, E =:= expected()}),
    erlang:display({persistent_term, persistent_term:get({?MODULE, k}) =:= expected()}),
    true = is_integer(erlang:read_timer(Timer)),
    receive {timer, M} -> erlang:display({timer, M =:= expected()}) end,
    erlang:display({current, cl_lit:version(), cl_lit:data() =/= expected()}),
    ok.

holder(Parent) ->
    Data = cl_lit:data(),
    put(kept, cl_lit:data()),
    Caught = try throw(cl_lit:data()) catch throw:X -> X end,
    Env = cl_lit:data(),
    Fun = fun() -> Env end,
    Parent ! {self(), ready},
    receive {Parent, report} -> ok end,
    Queued = receive {queued, Q} -> Q end,
    Parent ! {self(), [{stack, Data}, {dictionary, get(kept)}, {caught, Caught},
                       {queue, Queued}, {fun_env, Fun()}]}.

expected() ->
    {v1, lists:seq(1, 20),
     <<"version one: a binary literal longer than sixty-four bytes, so it is a refc binary">>,
     #{kind => literal, version => "one"}, 3.25}.
