%% message_queue_data: on_heap and off_heap through process_flag/2 and spawn_opt, as
%% process_info/2 reports them (system_info/1 gives the default, which system_flag/2 cannot
%% change); a process behaves the same with either (messages arrive complete and in order,
%% selective receive works).
-module(proc_message_queue_data).
-export([main/0]).

main() ->
    T = fun(F) -> try F() catch C:R -> {C, R} end end,
    erlang:display(process_info(self(), message_queue_data)),
    erlang:display(erlang:system_info(message_queue_data)),
    erlang:display(process_flag(message_queue_data, off_heap)),
    erlang:display(process_info(self(), message_queue_data)),
    erlang:display(process_flag(message_queue_data, on_heap)),
    erlang:display(process_info(self(), message_queue_data)),
    erlang:display(T(fun() -> process_flag(message_queue_data, foo) end)),
    erlang:display(T(fun() -> spawn_opt(fun() -> ok end, [{message_queue_data, foo}]) end)),
    Me = self(),
    Echo = fun() ->
                   Mode = process_info(self(), message_queue_data),
                   receive go -> ok end,
                   Got = collect([]),
                   Me ! {self(), Mode, Got}
           end,
    [begin
         P = spawn_opt(Echo, Opts),
         [P ! {n, N, lists:seq(1, N), <<N:64>>} || N <- lists:seq(1, 50)],
         P ! {last, make_ref()},
         P ! go,
         receive {P, Mode, Got} ->
                 erlang:display({Mode, length(Got), Got =:= [{n, N, lists:seq(1, N), <<N:64>>} || N <- lists:seq(1, 50)]})
         end
     end || Opts <- [[], [{message_queue_data, off_heap}], [{message_queue_data, on_heap}]]],
    erlang:display(T(fun() -> erlang:system_flag(message_queue_data, off_heap) end)),
    Q = spawn_opt(fun() -> process_flag(message_queue_data, off_heap),
                           Me ! {self(), process_info(self(), message_queue_data)} end, []),
    receive {Q, QM} -> erlang:display(QM) end,
    ok.

collect(Acc) ->
    receive
        {n, _, _, _} = M -> collect([M | Acc]);
        {last, _} -> lists:reverse(Acc)
    end.
