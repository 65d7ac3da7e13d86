-module(proc_registered_list).
-export([main/0]).

main() ->
    Names = [list_to_atom("proc_reg_" ++ integer_to_list(I)) || I <- lists:seq(1, 20)],
    Ps = [begin P = spawn(fun() -> receive stop -> ok end end), register(N, P), P end || N <- Names],
    Mine = [N || N <- registered(), lists:member(N, Names)],
    erlang:display(lists:sort(Mine) =:= lists:sort(Names)),
    erlang:display([whereis(N) =:= P || {N, P} <- lists:zip(Names, Ps)] =:= lists:duplicate(20, true)),
    [P ! stop || P <- Ps],
    receive after 50 -> ok end,
    erlang:display([N || N <- registered(), lists:member(N, Names)]),
    erlang:display([whereis(N) || N <- lists:sublist(Names, 3)]),
    ok.
