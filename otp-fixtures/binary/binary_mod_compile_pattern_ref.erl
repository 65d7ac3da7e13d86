%% binary:compile_pattern/1 returns {bm, Ref} for one pattern and {ac, Ref} for several, Ref being
%% a reference that owns the compiled pattern: it is a reference in every respect (type, node,
%% order, equality, hashing, encoding), works in match/matches/split/replace in any process it is
%% sent to, outlives the process that made it, and comes back from term_to_binary while it lives.
%% The tag must match the kind of pattern; compiled patterns are not accepted by compile_pattern.
-module(binary_mod_compile_pattern_ref).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    {bm, R1} = P1 = binary:compile_pattern(<<"b">>),
    {ac, R2} = P2 = binary:compile_pattern([<<"b">>, <<"c">>]),
    {bm, _} = binary:compile_pattern([<<"b">>]),
    {ac, _} = binary:compile_pattern([<<"ab">>, <<"a">>, <<"ab">>]),
    erlang:display({is_reference(R1), is_reference(R2), node(R1), R1 =:= R2, R1 < R2, R1 == R1,
                    erlang:external_size(R1), byte_size(term_to_binary(R1)), is_tuple(P1), tuple_size(P2)}),
    erlang:display([t(fun() -> binary:match(<<"abc">>, P) end)
                    || P <- [P1, P2, {bm, <<"b">>}, {bm, [<<"b">>]}, {ac, R1}, {bm, R2}, {bm, make_ref()},
                             {bm, binary_to_term(term_to_binary(R1))}, {xx, R1}, {bm, R1, x}]]),
    erlang:display([t(fun() -> binary:compile_pattern(P) end)
                    || P <- [<<>>, [], [<<"a">>, <<>>], a, {bm, <<"a">>}, P1, [<<"a">> | <<"b">>], <<1:3>>]]),
    Sep = binary:compile_pattern([<<",">>, <<";">>]),
    erlang:display(binary:split(<<"a,b;c">>, Sep, [global])),
    erlang:display(binary:replace(<<"a,b;c">>, Sep, <<"--">>, [global])),
    erlang:display(binary:matches(<<"abcabc">>, P2)),
    erlang:display(binary:match(<<"abcabc">>, binary:compile_pattern(<<"ca">>), [{scope, {3, 3}}])),
    erlang:display([erlang:phash2(P1) =:= erlang:phash2({bm, R1}), erlang:phash2(R1) =:= erlang:phash2(R1)]),
    %% Sent to another process, which uses it after its maker is gone.
    Self = self(),
    Maker = spawn(fun() -> Self ! {made, binary:compile_pattern([<<"xy">>, <<"z">>])} end),
    Made = receive {made, M} -> M end,
    Ref = monitor(process, Maker),
    receive {'DOWN', Ref, process, Maker, _} -> ok end,
    erlang:garbage_collect(),
    erlang:display(binary:matches(<<"axyzbz">>, Made)),
    User = spawn(fun() -> receive {use, P} -> Self ! {used, binary:split(<<"1xy2z3">>, P, [global])} end end),
    User ! {use, Made},
    erlang:display(receive {used, U} -> U end),
    %% Through the external term format while alive; many short-lived patterns.
    Back = binary_to_term(term_to_binary(Made)),
    erlang:display({Back =:= Made, binary:match(<<"..z">>, Back)}),
    Counts = [length(binary:matches(list_to_binary(lists:duplicate(I, $q)), binary:compile_pattern(<<"q">>)))
              || I <- lists:seq(1, 300)],
    erlang:garbage_collect(),
    erlang:display(lists:sum(Counts)),
    Keyed = maps:from_list([{P1, one}, {P2, two}, {Made, three}]),
    erlang:display([maps:get(P1, Keyed), maps:get(P2, Keyed), maps:get(Made, Keyed), map_size(Keyed)]),
    ok.
