-module(proc_receive_guards).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

pick(Min) ->
    receive
        {num, N} when is_integer(N), N >= Min -> {big, N};
        {num, N} when is_float(N) -> {float, N};
        {tag, T} when T =:= a; T =:= b -> {tag, T};
        [H | _] when is_atom(H) -> {list, H};
        #{key := V} -> {map, V}
    after 0 -> none
    end.

main() ->
    [self() ! M || M <- [{num, 1}, {num, 2.5}, {num, 100}, {tag, c}, {tag, b}, [x, y], [1, 2], #{key => v}, #{other => 1}]],
    erlang:display([pick(10) || _ <- lists:seq(1, 7)]),
    erlang:display(flush()),
    ok.
