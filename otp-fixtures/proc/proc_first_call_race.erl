%% args: +S 4 -s NAME main
%% Many processes make their first calls into OTP modules that are not loaded yet, all at the same
%% moment on four schedulers: each module must be loaded once and every caller must run its code.
%% The calls go every way a module is loaded on demand: a remote call, apply/3 and an export fun.
-module(proc_first_call_race).
-export([main/0]).

-define(WORKERS, 24).

main() ->
    Parent = self(),
    Pids = spawn_workers(?WORKERS, Parent, []),
    go(Pids),
    collect(Pids).

spawn_workers(0, _Parent, Acc) ->
    Acc;
spawn_workers(I, Parent, Acc) ->
    Pid = spawn(fun() -> worker(I, Parent) end),
    spawn_workers(I - 1, Parent, [Pid | Acc]).

go([]) -> ok;
go([P | Ps]) -> P ! go, go(Ps).

collect([]) -> ok;
collect([P | Ps]) ->
    receive
        {P, Result} -> erlang:display(Result)
    end,
    collect(Ps).

worker(I, Parent) ->
    receive go -> ok end,
    Parent ! {self(), {I, calls(I rem 4, I)}}.

%% The same calls in four orders, so that different processes meet different modules first.
calls(0, I) -> [nosuspend(I), seq(I), upper(I), fold(I), queue(I), sets(I), props(I), trees(I)];
calls(1, I) -> lists:reverse([trees(I), props(I), sets(I), queue(I), fold(I), upper(I), seq(I), nosuspend(I)]);
calls(2, I) -> [queue(I), trees(I), nosuspend(I), props(I), upper(I), sets(I), fold(I), seq(I)];
calls(3, I) -> [props(I), sets(I), trees(I), seq(I), nosuspend(I), fold(I), queue(I), upper(I)].

nosuspend(I) ->
    {nosuspend, erlang:send_nosuspend(self(), {ping, I}), receive {ping, I} -> I end}.

seq(I) ->
    {seq, lists:sum(lists:seq(1, I)), lists:sort([I, 3, 1, 2])}.

upper(I) ->
    {upper, apply(string, to_upper, ["worker"]), string:length(integer_to_list(I * 1000))}.

fold(I) ->
    Sum = fun maps:fold/3,
    {fold, Sum(fun(_K, V, A) -> V + A end, 0, #{a => I, b => 2 * I, c => 3})}.

queue(I) ->
    Q = queue:in(I, queue:from_list([a, b])),
    {queue, queue:to_list(Q), queue:len(Q)}.

sets(I) ->
    S = sets:from_list([I, I, 1, 2, 2]),
    {sets, lists:sort(sets:to_list(S)), ordsets:from_list([c, I, a, I])}.

props(I) ->
    {props, proplists:get_value(k, [{j, 0}, {k, I}]), orddict:fetch(x, orddict:from_list([{x, I}]))}.

trees(I) ->
    T = gb_trees:insert(I, worker, gb_trees:empty()),
    {trees, gb_trees:to_list(T), dict:fetch(I, dict:store(I, I * I, dict:new()))}.
