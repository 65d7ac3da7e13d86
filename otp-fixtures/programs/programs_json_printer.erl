%% A pretty printer for a JSON-like document model: objects are {obj, [{Key, Value}]}, arrays are
%% lists, strings are {str, Chars}; the output is built as an indented string, one display per line,
%% then the same document is printed compactly and parsed back.
-module(programs_json_printer).
-export([main/0]).

doc() ->
    {obj, [{"name", {str, "girder"}},
           {"version", 1},
           {"ratio", 0.75},
           {"tags", [{str, "vm"}, {str, "beam"}, {str, "rust"}]},
           {"nested", {obj, [{"empty_obj", {obj, []}}, {"empty_arr", []}, {"flag", true},
                             {"nothing", null}, {"deep", [[1, 2], [3, [4, [5]]]]}]}},
           {"escape", {str, "quote\" backslash\\ newline\n tab\t"}},
           {"numbers", [0, -1, 1 bsl 70, 3.5, -0.125]}]}.

pretty(V) -> lists:flatten(pretty(V, 0)).

pretty({obj, []}, _) -> "{}";
pretty({obj, Fields}, I) ->
    Inner = [[indent(I + 1), quote(K), ": ", pretty(V, I + 1)] || {K, V} <- Fields],
    ["{\n", join(Inner, ",\n"), "\n", indent(I), "}"];
pretty([], _) -> "[]";
pretty(L, I) when is_list(L) ->
    ["[\n", join([[indent(I + 1), pretty(V, I + 1)] || V <- L], ",\n"), "\n", indent(I), "]"];
pretty(V, _) -> scalar(V).

compact({obj, Fields}) -> ["{", join([[quote(K), ":", compact(V)] || {K, V} <- Fields], ","), "}"];
compact(L) when is_list(L) -> ["[", join([compact(V) || V <- L], ","), "]"];
compact(V) -> scalar(V).

scalar({str, S}) -> quote(S);
scalar(N) when is_integer(N) -> integer_to_list(N);
scalar(F) when is_float(F) -> float_to_list(F, [short]);
scalar(true) -> "true";
scalar(false) -> "false";
scalar(null) -> "null".

quote(S) -> [$" | escape(S)] ++ "\"".
escape([]) -> [];
escape([$" | T]) -> [$\\, $" | escape(T)];
escape([$\\ | T]) -> [$\\, $\\ | escape(T)];
escape([$\n | T]) -> [$\\, $n | escape(T)];
escape([$\t | T]) -> [$\\, $t | escape(T)];
escape([C | T]) -> [C | escape(T)].

indent(N) -> lists:duplicate(2 * N, $\s).

join([], _) -> [];
join([X], _) -> [X];
join([X | Xs], Sep) -> [X, Sep | join(Xs, Sep)].

%% A parser for the compact form, to check the round trip.
parse(S) -> {V, Rest} = value(skip(S)), [] = skip(Rest), V.

value([${ | T]) -> fields(skip(T), []);
value([$[ | T]) -> elements(skip(T), []);
value([$" | T]) -> {Str, R} = string(T, []), {{str, Str}, R};
value("true" ++ T) -> {true, T};
value("false" ++ T) -> {false, T};
value("null" ++ T) -> {null, T};
value(S) -> number(S).

fields([$} | T], Acc) -> {{obj, lists:reverse(Acc)}, T};
fields([$, | T], Acc) -> fields(skip(T), Acc);
fields([$" | T], Acc) ->
    {K, [$: | R1]} = string(T, []),
    {V, R2} = value(skip(R1)),
    fields(skip(R2), [{K, V} | Acc]).

elements([$] | T], Acc) -> {lists:reverse(Acc), T};
elements([$, | T], Acc) -> elements(skip(T), Acc);
elements(S, Acc) -> {V, R} = value(S), elements(skip(R), [V | Acc]).

string([$" | T], Acc) -> {lists:reverse(Acc), T};
string([$\\, $n | T], Acc) -> string(T, [$\n | Acc]);
string([$\\, $t | T], Acc) -> string(T, [$\t | Acc]);
string([$\\, C | T], Acc) -> string(T, [C | Acc]);
string([C | T], Acc) -> string(T, [C | Acc]).

number(S) ->
    {Num, Rest} = lists:splitwith(fun(C) -> lists:member(C, "-+.0123456789e") end, S),
    case lists:member($., Num) of
        true -> {list_to_float(Num), Rest};
        false -> {list_to_integer(Num), Rest}
    end.

skip([C | T]) when C =:= $\s; C =:= $\n -> skip(T);
skip(S) -> S.

main() ->
    Text = pretty(doc()),
    [erlang:display(Line) || Line <- string:split(Text, "\n", all)],
    Compact = lists:flatten(compact(doc())),
    erlang:display(Compact),
    erlang:display(parse(Compact) =:= doc()),
    erlang:display(parse(Text) =:= doc()),
    ok.
