%% binary:match/2,3, matches/2,3 and split/2,3 on an empty subject, with good and bad
%% patterns and options.
-module(binary_empty_subject).
-export([main/0]).

main() ->
    E = id(<<>>),
    Pats = [<<"a">>, [<<"a">>, <<"bc">>], <<>>, [], [<<>>], foo, [<<"a">> | x], <<1:3>>,
            binary:compile_pattern(<<"a">>), binary:compile_pattern([<<"a">>, <<"b">>])],
    [begin
         erlang:display({I, match, r(fun() -> binary:match(E, P) end)}),
         erlang:display({I, matches, r(fun() -> binary:matches(E, P) end)}),
         erlang:display({I, split, r(fun() -> binary:split(E, P) end)})
     end || {I, P} <- lists:zip(lists:seq(1, length(Pats)), Pats)],
    Opts = [[], [global], [trim], [trim_all], [global, trim], [{scope, {0, 0}}],
            [{scope, {0, 1}}], [{scope, {1, -1}}], [bad], foo, [{scope, {0, 0}} | x]],
    [begin
         erlang:display({J, match3, r(fun() -> binary:match(E, <<"a">>, O) end)}),
         erlang:display({J, matches3, r(fun() -> binary:matches(E, <<"a">>, O) end)}),
         erlang:display({J, split3, r(fun() -> binary:split(E, <<"a">>, O) end)})
     end || {J, O} <- lists:zip(lists:seq(1, length(Opts)), Opts)],
    %% A sub-binary that is empty, and a non-empty subject for contrast.
    <<_:3/binary, Sub/binary>> = id(<<"abc">>),
    erlang:display({sub, binary:match(Sub, <<"a">>), binary:matches(Sub, <<"a">>),
                    binary:split(Sub, <<"a">>, [global])}),
    erlang:display({nonempty, r(fun() -> binary:match(<<"abc">>, <<>>) end),
                    r(fun() -> binary:split(<<"abc">>, []) end)}),
    ok.

r(F) ->
    try F() catch error:R -> {error, R} end.

id(X) -> X.
