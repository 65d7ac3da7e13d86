%% Failing binary matches and the errors erl raises: badmatch with the binary in the reason,
%% case_clause, function_clause (binaries among the arguments), if_clause, try_clause, and
%% matches that fail on size, type and literal mismatches.
-module(bitsyntax_match_errors).
-export([main/0, id/1, head/2]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

head(<<X:8>>, Tag) when is_atom(Tag) -> {X, Tag};
head(<<X:16, _/binary>>, N) when N > 0 -> {X, N}.

main() ->
    B = ?MODULE:id(<<1, 2, 3>>),
    erlang:display(t(fun() -> <<_:32>> = B end)),
    erlang:display(t(fun() -> <<1, 2, 4>> = B end)),
    erlang:display(t(fun() -> <<X:8/float>> = B, X end)),
    erlang:display(t(fun() -> <<_:2/binary>> = B end)),
    erlang:display(t(fun() -> <<"ab", _/binary>> = B end)),
    erlang:display(t(fun() -> <<_/utf8, _:1>> = B end)),
    erlang:display(t(fun() -> <<_:1>> = ?MODULE:id(not_a_binary) end)),
    erlang:display(t(fun() -> case B of <<0, _/binary>> -> zero; <<_, 9, _/binary>> -> nine end end)),
    erlang:display(t(fun() -> case ?MODULE:id(<<1:1>>) of <<_:8, _/bits>> -> byte end end)),
    erlang:display(t(fun() -> ?MODULE:head(<<1, 2, 3>>, -1) end)),
    erlang:display(t(fun() -> ?MODULE:head(<<7>>, 5) end)),
    erlang:display(t(fun() -> ?MODULE:head(<<7:7>>, a) end)),
    erlang:display(t(fun() -> ?MODULE:head(a, b) end)),
    erlang:display(t(fun() -> ?MODULE:head(<<7>>, a) end)),
    erlang:display(t(fun() -> ?MODULE:head(<<1, 2>>, 3) end)),
    erlang:display(t(fun() -> if byte_size(B) > 5 -> big end end)),
    erlang:display(t(fun() -> try ?MODULE:id(B) of <<>> -> empty after ok end end)),
    Fun = fun(<<N:8, _:N/binary>>) -> N end,
    erlang:display(t(fun() -> Fun(?MODULE:id(<<5, 1, 2>>)) end)),
    erlang:display(t(fun() -> Fun(?MODULE:id(<<>>)) end)),
    erlang:display(t(fun() -> {<<X>>, X} = {B, 1} end)),
    erlang:display(t(fun() -> [<<_>> | _] = [B] end)),
    ok.
