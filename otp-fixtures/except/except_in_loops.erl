%% Exceptions raised and caught many thousands of times in loops (tail-recursive and body
%% recursive), so handler state must be set up and torn down correctly every time.
-module(except_in_loops).
-export([main/0]).

main() ->
    erlang:display(tail(100000, 0)),
    erlang:display(body(5000)),
    erlang:display(mixed(100000, {0, 0, 0})),
    erlang:display(length([catch throw(I) || I <- lists:seq(1, 5000)])),
    ok.

tail(0, Acc) -> Acc;
tail(N, Acc) ->
    V = try maybe(N) catch throw:X -> X; error:_ -> -1 end,
    tail(N - 1, Acc + V).

body(0) -> 0;
body(N) ->
    V = try maybe(N) catch throw:X -> X; error:_ -> -1 end,
    V + body(N - 1).

maybe(N) when N rem 3 =:= 0 -> throw(3);
maybe(N) when N rem 7 =:= 0 -> error(seven);
maybe(_) -> 1.

mixed(0, Acc) -> Acc;
mixed(N, {T, E, X}) ->
    Acc = try
              case N rem 3 of
                  0 -> throw(t);
                  1 -> error(e);
                  2 -> exit(x)
              end
          catch
              throw:t -> {T + 1, E, X};
              error:e -> {T, E + 1, X};
              exit:x -> {T, E, X + 1}
          end,
    mixed(N - 1, Acc).
