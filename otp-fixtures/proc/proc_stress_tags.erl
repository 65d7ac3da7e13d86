-module(proc_stress_tags).
-export([main/0]).

%% Hundreds of workers, each monitored with its own tag and a heap limit: a third outgrow the
%% limit and are killed, a third end with a reason of their own, a third are killed by their
%% neighbour. The parent must see exactly one tagged 'DOWN' per worker with the right reason.
-define(N, 600).

grow(N, Acc) when N > 0 -> grow(N - 1, [N | Acc]);
grow(_, Acc) -> Acc.

worker(I) ->
    receive
        {go, Neighbour} ->
            case I rem 3 of
                0 -> grow(200000, []), exit(survived);
                1 -> exit(Neighbour, kill), exit({done, I});
                2 -> receive after infinity -> ok end
            end
    end.

main() ->
    Opts = [{max_heap_size, #{size => 20000, error_logger => false}}],
    Ws = [begin
              {P, R} = spawn_opt(fun() -> worker(I) end,
                                 [{monitor, [{tag, {w, I}}]} | Opts]),
              {I, P, R}
          end || I <- lists:seq(1, ?N)],
    Pids = list_to_tuple([P || {_, P, _} <- Ws]),
    [P ! {go, element(I + 1, Pids)} || {I, P, _} <- Ws, I rem 3 =:= 1],
    [P ! {go, none} || {I, P, _} <- Ws, I rem 3 =:= 0],
    Downs = [receive {{w, I}, R, process, P, Why} -> {I, Why} end || {I, P, R} <- Ws],
    Expected = [{I, case I rem 3 of 0 -> killed; 1 -> {done, I}; 2 -> killed end} || I <- lists:seq(1, ?N)],
    erlang:display({all_downs_right, Downs =:= Expected}),
    erlang:display({nothing_left, receive X -> X after 100 -> none end}),
    erlang:display({monitors_left, process_info(self(), monitors)}).
