%% N-queens: count all solutions for N = 1..8 with a backtracking search over lists, and print the
%% first solution for each N as board rows.
-module(programs_nqueens).
-export([main/0]).

queens(N) -> place(N, N, []).

place(_, 0, Qs) -> [Qs];
place(N, K, Qs) -> [S || Col <- lists:seq(1, N), safe(Col, Qs, 1), S <- place(N, K - 1, [Col | Qs])].

safe(_, [], _) -> true;
safe(C, [Q | Qs], D) -> C =/= Q andalso abs(C - Q) =/= D andalso safe(C, Qs, D + 1).

row(N, Col) -> [if I =:= Col -> $Q; true -> $. end || I <- lists:seq(1, N)].

main() ->
    [begin
         Sols = queens(N),
         erlang:display({N, length(Sols)}),
         case Sols of
             [First | _] -> [erlang:display(row(N, C)) || C <- First];
             [] -> erlang:display(no_solution)
         end
     end || N <- lists:seq(1, 8)],
    ok.
