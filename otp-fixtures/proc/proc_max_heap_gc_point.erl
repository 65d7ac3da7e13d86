%% A process whose heap outgrows its max_heap_size ends at the garbage collection that finds
%% the heap too large: it sends nothing after that collection, even in the same time slice.
%% Every step reports the heap size it measured before growing further, so a process that
%% went on after the collection would report a size over the limit. Also: the limit checked
%% by an explicit erlang:garbage_collect/0, and a limit without kill, which only reports.
-module(proc_max_heap_gc_point).
-export([main/0]).

grow(Me, N, Acc) ->
    {total_heap_size, S} = process_info(self(), total_heap_size),
    Me ! {step, N, S},
    grow(Me, N + 1, [N, N, N, N, N | Acc]).

collect(Pid, Ref) ->
    receive
        {step, _, S} -> [S | collect(Pid, Ref)];
        {'DOWN', Ref, process, Pid, Why} -> [{ended, Why}]
    end.

run(Limit, Fun) ->
    {Pid, Ref} = spawn_opt(Fun, [monitor, {max_heap_size, #{size => Limit, error_logger => false}}]),
    Rs = collect(Pid, Ref),
    {Sizes, [End]} = lists:split(length(Rs) - 1, Rs),
    {End, length(Sizes) > 10, [S || S <- Sizes, S > Limit]}.

main() ->
    Me = self(),
    erlang:display(run(3000, fun() -> grow(Me, 0, []) end)),
    erlang:display(run(10000, fun() -> grow(Me, 0, []) end)),
    erlang:display(run(3000, fun() -> erlang:yield(), grow(Me, 0, []) end)),
    %% An explicit collection checks the limit too (the limit is set once the heap is large).
    {P1, R1} = spawn_monitor(fun() ->
                                     L = lists:seq(1, 5000),
                                     process_flag(max_heap_size, #{size => 3000, error_logger => false}),
                                     Me ! {step, 0, before_gc},
                                     erlang:garbage_collect(),
                                     Me ! {step, 1, length(L)}
                             end),
    erlang:display(collect(P1, R1)),
    %% Without kill the process goes on.
    {P2, R2} = spawn_opt(fun() ->
                                 L = lists:seq(1, 5000),
                                 erlang:garbage_collect(),
                                 Me ! {step, 1, length(L)}
                         end, [monitor, {max_heap_size, #{size => 3000, kill => false, error_logger => false}}]),
    erlang:display(collect(P2, R2)),
    ok.
