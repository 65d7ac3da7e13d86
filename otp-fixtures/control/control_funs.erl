%% Funs: anonymous funs capturing variables, funs returning funs, named recursive funs, fun
%% references to local and external functions, funs stored in data structures, erlang:fun_info.
-module(control_funs).
-export([main/0, double/1]).

double(X) -> X * 2.

main() ->
    N = 10,
    AddN = fun(X) -> X + N end,
    erlang:display(AddN(5)),
    MakeAdder = fun(K) -> fun(X) -> X + K end end,
    Adders = [MakeAdder(K) || K <- [1, 2, 3]],
    erlang:display([F(100) || F <- Adders]),
    Fact = fun Me(0) -> 1; Me(K) -> K * Me(K - 1) end,
    erlang:display(Fact(25)),
    erlang:display(lists:map(fun double/1, [1, 2, 3])),
    erlang:display(lists:map(fun ?MODULE:double/1, [4, 5])),
    erlang:display(lists:map(fun erlang:abs/1, [-1, 2, -3])),
    Table = #{inc => fun(X) -> X + 1 end, dec => fun(X) -> X - 1 end},
    erlang:display([(maps:get(Op, Table))(10) || Op <- [inc, dec, inc]]),
    Compose = fun(Fs) -> lists:foldl(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs) end,
    erlang:display((Compose([fun double/1, AddN, fun double/1]))(1)),
    erlang:display({erlang:fun_info(fun double/1, arity), erlang:fun_info(fun lists:map/2, module),
                    erlang:fun_info(fun lists:map/2, type), erlang:fun_info(AddN, arity), erlang:fun_info(AddN, type)}),
    erlang:display({is_function(AddN, 1), is_function(AddN, 2), AddN =:= AddN, fun double/1 =:= fun double/1}),
    Curry = fun(F) -> fun(A) -> fun(B) -> F(A, B) end end end,
    erlang:display(((Curry(fun(A, B) -> A - B end))(10))(3)),
    Counter = counter(0),
    erlang:display(run_counter(Counter, 5, [])),
    ok.

counter(N) -> fun() -> {N, counter(N + 1)} end.

run_counter(_, 0, Acc) -> lists:reverse(Acc);
run_counter(C, K, Acc) -> {V, Next} = C(), run_counter(Next, K - 1, [V | Acc]).
