%% An interpreter for a tiny functional language with integers, booleans, let, if, lambdas,
%% recursion through a fixed environment, and primitive operators. Runs factorial, fibonacci,
%% a higher-order map, and reports errors of ill-typed programs as values.
-module(programs_interpreter).
-export([main/0]).

%% Expressions:
%%   {int, N} | {bool, B} | {var, Name} | {op, Op, E1, E2} | {'if', C, T, E}
%%   {'let', Name, E, Body} | {lam, [Params], Body} | {app, F, [Args]} | {letrec, Name, Lam, Body}
%%   {nil} | {cons, H, T} | {match_list, E, NilCase, HName, TName, ConsCase}

eval({int, N}, _) -> N;
eval({bool, B}, _) -> B;
eval({nil}, _) -> [];
eval({cons, H, T}, Env) -> [eval(H, Env) | eval(T, Env)];
eval({var, X}, Env) ->
    case lists:keyfind(X, 1, Env) of
        {_, {rec, Name, Lam, REnv}} -> eval(Lam, [{Name, {rec, Name, Lam, REnv}} | REnv]);
        {_, V} -> V;
        false -> throw({unbound, X})
    end;
eval({op, Op, A, B}, Env) -> prim(Op, eval(A, Env), eval(B, Env));
eval({'if', C, T, E}, Env) ->
    case eval(C, Env) of
        true -> eval(T, Env);
        false -> eval(E, Env);
        Other -> throw({not_boolean, Other})
    end;
eval({'let', X, E, Body}, Env) -> eval(Body, [{X, eval(E, Env)} | Env]);
eval({lam, Ps, Body}, Env) -> {closure, Ps, Body, Env};
eval({letrec, Name, Lam, Body}, Env) -> eval(Body, [{Name, {rec, Name, Lam, Env}} | Env]);
eval({app, F, Args}, Env) ->
    case eval(F, Env) of
        {closure, Ps, Body, CEnv} when length(Ps) =:= length(Args) ->
            Vals = [eval(A, Env) || A <- Args],
            eval(Body, lists:zip(Ps, Vals) ++ CEnv);
        {closure, Ps, _, _} -> throw({arity, length(Ps), length(Args)});
        Other -> throw({not_a_function, Other})
    end;
eval({match_list, E, NilCase, H, T, ConsCase}, Env) ->
    case eval(E, Env) of
        [] -> eval(NilCase, Env);
        [HV | TV] -> eval(ConsCase, [{H, HV}, {T, TV} | Env]);
        Other -> throw({not_a_list, Other})
    end.

prim('+', A, B) when is_integer(A), is_integer(B) -> A + B;
prim('-', A, B) when is_integer(A), is_integer(B) -> A - B;
prim('*', A, B) when is_integer(A), is_integer(B) -> A * B;
prim('<', A, B) when is_integer(A), is_integer(B) -> A < B;
prim('==', A, B) -> A =:= B;
prim(Op, A, B) -> throw({bad_operands, Op, A, B}).

run(Prog) -> try {ok, eval(Prog, [])} catch throw:E -> {error, E} end.

fact() ->
    {letrec, fact, {lam, [n], {'if', {op, '<', {var, n}, {int, 1}}, {int, 1},
                                {op, '*', {var, n}, {app, {var, fact}, [{op, '-', {var, n}, {int, 1}}]}}}},
     {app, {var, fact}, [{int, 30}]}}.

fib(N) ->
    {letrec, fib, {lam, [n], {'if', {op, '<', {var, n}, {int, 2}}, {var, n},
                               {op, '+', {app, {var, fib}, [{op, '-', {var, n}, {int, 1}}]},
                                         {app, {var, fib}, [{op, '-', {var, n}, {int, 2}}]}}}},
     {app, {var, fib}, [{int, N}]}}.

map_square() ->
    {letrec, map, {lam, [f, l], {match_list, {var, l}, {nil}, h, t,
                                  {cons, {app, {var, f}, [{var, h}]}, {app, {var, map}, [{var, f}, {var, t}]}}}},
     {app, {var, map}, [{lam, [x], {op, '*', {var, x}, {var, x}}},
                        {cons, {int, 1}, {cons, {int, 2}, {cons, {int, 3}, {nil}}}}]}}.

main() ->
    erlang:display(run(fact())),
    erlang:display([run(fib(N)) || N <- lists:seq(0, 20)]),
    erlang:display(run(map_square())),
    erlang:display(run({'let', x, {int, 5}, {'let', y, {int, 6}, {op, '*', {var, x}, {var, y}}}})),
    erlang:display(run({op, '+', {int, 1}, {bool, true}})),
    erlang:display(run({var, nope})),
    erlang:display(run({'if', {int, 1}, {int, 2}, {int, 3}})),
    erlang:display(run({app, {lam, [a, b], {var, a}}, [{int, 1}]})),
    erlang:display(run({app, {int, 3}, []})),
    erlang:display(run({'let', adder, {lam, [n], {lam, [x], {op, '+', {var, x}, {var, n}}}},
                         {app, {app, {var, adder}, [{int, 10}]}, [{int, 32}]}})),
    ok.
