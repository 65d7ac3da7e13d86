%% Eight processes each write, read back and delete their own files at the same time (the
%% dirty I/O pool serves them all); two schedulers.
%% tmpdir:
%% args: +S 2 -s NAME main
-module(file_concurrent).
-export([main/0]).

main() ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), worker(N)} end) || N <- lists:seq(1, 8)],
    Results = [receive {P, R} -> R end || P <- Pids],
    erlang:display(Results),
    erlang:display(prim_file:list_dir(".")),
    ok.

worker(N) ->
    Name = "w" ++ integer_to_list(N),
    Data = binary:copy(integer_to_binary(N), 10000 + N),
    Rounds = [begin
                  ok = prim_file:write_file(Name, Data),
                  {ok, F} = prim_file:open(Name, [read, binary]),
                  {ok, Head} = prim_file:read(F, 3),
                  {ok, _} = prim_file:position(F, eof),
                  eof = prim_file:read(F, 1),
                  ok = prim_file:close(F),
                  {ok, Back} = prim_file:read_file(Name),
                  ok = prim_file:delete(Name),
                  {Head, Back =:= Data}
              end || _ <- lists:seq(1, 20)],
    {N, lists:usort(Rounds)}.
