%% binary:split/2,3 with the options global, trim, trim_all and scope; leading, trailing and
%% adjacent separators, several patterns, and badarg cases.
-module(binary_mod_split).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ins = [<<>>, <<",">>, <<",,">>, <<"a">>, <<"a,b">>, <<",a,b,">>, <<"a,,b">>, <<",,a,,b,,">>, <<"a,b,c,d">>],
    Opts = [[], [global], [trim], [trim_all], [global, trim], [global, trim_all], [trim, trim_all],
            [{scope, {1, 3}}], [global, {scope, {1, 3}}], [global, {scope, {0, 0}}]],
    [erlang:display({B, O, t(fun() -> binary:split(?MODULE:id(B), <<",">>, ?MODULE:id(O)) end)}) || B <- Ins, O <- Opts],
    erlang:display(binary:split(<<"a-b_c-d">>, [<<"-">>, <<"_">>], [global])),
    erlang:display(binary:split(<<"a::b:c:::d">>, [<<":">>, <<"::">>], [global])),
    erlang:display(binary:split(<<"a\r\nb\nc\r\n">>, [<<"\r\n">>, <<"\n">>], [global, trim])),
    erlang:display(binary:split(<<"key=value=more">>, <<"=">>)),
    [erlang:display({bad, P, O, t(fun() -> binary:split(<<"a,b">>, ?MODULE:id(P), ?MODULE:id(O)) end)})
     || {P, O} <- [{<<>>, []}, {<<",">>, [bogus]}, {<<",">>, [{scope, {0, 4}}]}, {<<",">>, global}, {",", []}]],
    Csv = binary:copy(<<"field1,field2,,field4\n">>, 2000),
    Lines = binary:split(Csv, <<"\n">>, [global, trim]),
    Fields = [binary:split(L, <<",">>, [global]) || L <- Lines],
    erlang:display({length(Lines), hd(Fields), length(lists:append(Fields))}),
    ok.
