%% A small backtracking regular-expression engine: literals, ., *, +, ?, character classes with
%% ranges and negation, anchors ^ and $, and alternation with groups. Patterns are parsed into a
%% tree, then matched against many strings; failures and successes are printed with the match.
-module(programs_regex).
-export([main/0]).

%% Parsing: Pattern -> {alt, [Seq]}, Seq = [Item], Item = {Atom, Quant}.
parse(P) -> {Tree, []} = alt(P), Tree.

alt(P) ->
    {S, R} = seq(P, []),
    case R of
        [$| | R1] -> {{alt, Rest}, R2} = alt(R1), {{alt, [S | Rest]}, R2};
        _ -> {{alt, [S]}, R}
    end.

seq([], Acc) -> {lists:reverse(Acc), []};
seq([C | _] = R, Acc) when C =:= $|; C =:= $) -> {lists:reverse(Acc), R};
seq(P, Acc) -> {A, R} = atom(P), {Q, R2} = quant(R), seq(R2, [{A, Q} | Acc]).

atom([$( | T]) -> {G, [$) | R]} = alt(T), {{group, G}, R};
atom([$[, $^ | T]) -> {Set, R} = class(T, []), {{nclass, Set}, R};
atom([$[ | T]) -> {Set, R} = class(T, []), {{class, Set}, R};
atom([$. | T]) -> {any, T};
atom([$^ | T]) -> {bol, T};
atom([$$ | T]) -> {eol, T};
atom([$\\, C | T]) -> {{lit, C}, T};
atom([C | T]) -> {{lit, C}, T}.

class([$] | T], Acc) -> {Acc, T};
class([A, $-, B | T], Acc) when B =/= $] -> class(T, [{A, B} | Acc]);
class([C | T], Acc) -> class(T, [{C, C} | Acc]).

quant([$* | T]) -> {star, T};
quant([$+ | T]) -> {plus, T};
quant([$? | T]) -> {opt, T};
quant(T) -> {one, T}.

%% Matching with continuations: m(Node, Input, Pos, K) calls K(Rest, Pos) on success.
search(Tree, S) -> search(Tree, S, 0).
search(Tree, S, Pos) ->
    case m_alt(Tree, S, Pos, fun(_, End) -> {End} end) of
        {End} -> {match, Pos, End};
        false when S =:= [] -> nomatch;
        false -> search(Tree, tl(S), Pos + 1)
    end.

m_alt({alt, Seqs}, S, Pos, K) -> first(fun(Seq) -> m_seq(Seq, S, Pos, K) end, Seqs).

first(_, []) -> false;
first(F, [X | Xs]) -> case F(X) of false -> first(F, Xs); R -> R end.

m_seq([], S, Pos, K) -> K(S, Pos);
m_seq([{A, one} | Rest], S, Pos, K) -> m_atom(A, S, Pos, fun(S1, P1) -> m_seq(Rest, S1, P1, K) end);
m_seq([{A, opt} | Rest], S, Pos, K) ->
    case m_atom(A, S, Pos, fun(S1, P1) -> m_seq(Rest, S1, P1, K) end) of
        false -> m_seq(Rest, S, Pos, K);
        R -> R
    end;
m_seq([{A, plus} | Rest], S, Pos, K) -> m_atom(A, S, Pos, fun(S1, P1) -> m_seq([{A, star} | Rest], S1, P1, K) end);
m_seq([{A, star} | Rest] = Seq, S, Pos, K) ->
    R = m_atom(A, S, Pos, fun(S1, P1) when P1 > Pos -> m_seq(Seq, S1, P1, K); (_, _) -> false end),
    case R of false -> m_seq(Rest, S, Pos, K); _ -> R end.

m_atom({lit, C}, [C | T], Pos, K) -> K(T, Pos + 1);
m_atom(any, [C | T], Pos, K) when C =/= $\n -> K(T, Pos + 1);
m_atom({class, Set}, [C | T], Pos, K) -> case in(C, Set) of true -> K(T, Pos + 1); false -> false end;
m_atom({nclass, Set}, [C | T], Pos, K) -> case in(C, Set) of false -> K(T, Pos + 1); true -> false end;
m_atom(bol, S, 0, K) -> K(S, 0);
m_atom(eol, [], Pos, K) -> K([], Pos);
m_atom({group, G}, S, Pos, K) -> m_alt(G, S, Pos, K);
m_atom(_, _, _, _) -> false.

in(C, Set) -> lists:any(fun({A, B}) -> C >= A andalso C =< B end, Set).

main() ->
    Cases = [{"abc", ["abc", "xabcx", "ab", ""]},
             {"a*b", ["b", "aaab", "caaab", "aaa"]},
             {"^a+b?$", ["a", "aab", "aabb", "ba", ""]},
             {"[0-9]+(\\.[0-9]+)?", ["pi is 3.14159", "42", "x.5", "no digits"]},
             {"(cat|dog)s?", ["hotdogs", "cats", "a cat", "cow"]},
             {"[^aeiou ]+", ["aeiou", "hello world", "  x"]},
             {"colou?r", ["color", "colour", "colouur"]},
             {"^(a|b)*c$", ["ababc", "c", "abca", "abab"]},
             {"x.y", ["xay", "x\ny", "xy", "axbyc"]},
             {"(a+)+b", ["aaaaaaaaaaaaaaaaaaab", "aaaaaaaaaaaaac"]},
             {"[a-cx-z]+", ["mmmbcay", "qqq"]}],
    [begin
         Tree = parse(P),
         [erlang:display({P, S, search(Tree, S)}) || S <- Ss]
     end || {P, Ss} <- Cases],
    erlang:display(parse("a(b|c)*d?")),
    ok.
