%% A small Lisp: a reader for s-expressions from a string, and an evaluator with quote, if,
%% define, lambda (closures), let, and arithmetic/list primitives; runs a few programs including
%% recursive functions and higher-order map.
-module(programs_lisp).
-export([main/0]).

read(S) -> {E, Rest} = read_expr(skip(S)), {E, skip(Rest)}.

read_expr([$( | T]) -> read_list(skip(T), []);
read_expr([$' | T]) -> {E, R} = read_expr(skip(T)), {[quote, E], R};
read_expr(S) ->
    {Tok, R} = lists:splitwith(fun(C) -> not lists:member(C, " \n()") end, S),
    {atomize(Tok), R}.

read_list([$) | T], Acc) -> {lists:reverse(Acc), T};
read_list(S, Acc) -> {E, R} = read_expr(S), read_list(skip(R), [E | Acc]).

atomize(Tok) ->
    try list_to_integer(Tok) catch error:badarg -> list_to_atom(Tok) end.

skip([C | T]) when C =:= $\s; C =:= $\n -> skip(T);
skip(S) -> S.

read_all(S) -> read_all(skip(S), []).
read_all([], Acc) -> lists:reverse(Acc);
read_all(S, Acc) -> {E, R} = read(S), read_all(R, [E | Acc]).

eval(X, Env) when is_integer(X) -> {X, Env};
eval(X, Env) when is_atom(X) -> {lookup(X, Env), Env};
eval([quote, E], Env) -> {E, Env};
eval(['if', C, T, E], Env) ->
    {V, _} = eval(C, Env),
    eval(if V =:= [] orelse V =:= false -> E; true -> T end, Env);
eval([define, Name, E], Env) -> {V, _} = eval(E, Env), {Name, [{Name, V} | Env]};
eval([lambda, Params, Body], Env) -> {{closure, Params, Body, Env}, Env};
eval(['let', Bindings, Body], Env) ->
    New = [{N, element(1, eval(E, Env))} || [N, E] <- Bindings],
    {V, _} = eval(Body, New ++ Env), {V, Env};
eval([F | Args], Env) ->
    {Fun, _} = eval(F, Env),
    Vals = [element(1, eval(A, Env)) || A <- Args],
    {apply_fun(Fun, Vals, Env), Env}.

apply_fun({prim, P}, Vals, _) -> P(Vals);
apply_fun({closure, Params, Body, CEnv}, Vals, Env) ->
    %% Dynamic fallback to the caller's environment lets top-level definitions recurse.
    {V, _} = eval(Body, lists:zip(Params, Vals) ++ CEnv ++ Env), V.

lookup(X, Env) ->
    case lists:keyfind(X, 1, Env) of
        {_, V} -> V;
        false -> error({unbound, X})
    end.

prims() ->
    [{'+', {prim, fun lists:sum/1}},
     {'-', {prim, fun([A, B]) -> A - B end}},
     {'*', {prim, fun(L) -> lists:foldl(fun erlang:'*'/2, 1, L) end}},
     {'<', {prim, fun([A, B]) -> A < B end}},
     {'=', {prim, fun([A, B]) -> A =:= B end}},
     {car, {prim, fun([[H | _]]) -> H end}},
     {cdr, {prim, fun([[_ | T]]) -> T end}},
     {cons, {prim, fun([H, T]) -> [H | T] end}},
     {list, {prim, fun(L) -> L end}},
     {'null?', {prim, fun([L]) -> L =:= [] end}}].

run(Src) ->
    lists:foldl(fun(E, {_, Env}) -> eval(E, Env) end, {nil, prims()}, read_all(Src)).

main() ->
    Progs = ["(+ 1 2 3)",
             "(define sq (lambda (x) (* x x))) (sq 12)",
             "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1)))))) (fact 40)",
             "(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))) (map (lambda (x) (* x 10)) '(1 2 3))",
             "(let ((a 1) (b 2)) (+ a b))",
             "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))) (fib 18)",
             "(car '(a b c))",
             "(cdr (list 1 2 3))",
             "(define make-adder (lambda (n) (lambda (x) (+ x n)))) ((make-adder 5) 37)"],
    [erlang:display({P, element(1, run(P))}) || P <- Progs],
    erlang:display(catch run("(undefined-thing 1)")),
    ok.
