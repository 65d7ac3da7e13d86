-module(proc_group_of_servers).
-export([main/0]).

%% Several registered servers forwarding requests to each other.
server(Name, Next) ->
    receive
        {req, From, 0} -> From ! {answer, Name}, server(Name, Next);
        {req, From, N} -> Next ! {req, From, N - 1}, server(Name, Next);
        stop -> ok
    end.

main() ->
    Names = [s1, s2, s3, s4],
    Nexts = tl(Names) ++ [hd(Names)],
    [register(N, spawn(fun() -> server(N, Nx) end)) || {N, Nx} <- lists:zip(Names, Nexts)],
    erlang:display([begin s1 ! {req, self(), K}, receive {answer, A} -> A end end || K <- lists:seq(0, 9)]),
    [N ! stop || N <- Names],
    ok.
