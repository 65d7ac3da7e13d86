%% binary:compile_pattern/1 used with match, matches, split and replace gives the same answers as
%% the uncompiled pattern; empty and bad patterns are badarg; a compiled pattern is a tuple.
-module(binary_mod_compile_pattern).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Pats = [<<"a">>, <<"ab">>, [<<"a">>, <<"b">>], [<<"ab">>, <<"b">>, <<"ba">>], [<<"xyz">>, <<"zy">>],
            <<"abracadabra">>, [<<"r">>, <<"ra">>, <<"rac">>]],
    Subjects = [<<"abracadabra">>, <<"banana">>, <<"xyzzyx">>, <<>>, binary:copy(<<"abcab">>, 300)],
    [begin
         CP = binary:compile_pattern(?MODULE:id(P)),
         erlang:display({P, is_tuple(CP),
                         [{binary:match(S, CP) =:= binary:match(S, P), binary:matches(S, CP) =:= binary:matches(S, P),
                           binary:split(S, CP, [global]) =:= binary:split(S, P, [global]),
                           binary:replace(S, CP, <<"_">>, [global]) =:= binary:replace(S, P, <<"_">>, [global])}
                          || S <- Subjects],
                         [length(binary:matches(S, CP)) || S <- Subjects]})
     end || P <- Pats],
    [erlang:display({bad, P, t(fun() -> binary:compile_pattern(?MODULE:id(P)) end)})
     || P <- [<<>>, [], [<<"a">>, <<>>], "abc", abc, [<<"a">> | <<"b">>], <<1:1>>, [<<"a">>, "b"]]],
    CP2 = binary:compile_pattern([<<"dup">>, <<"dup">>]),
    erlang:display(binary:matches(<<"dupdup dup">>, CP2)),
    ok.
