%% erlang:phash2/1,2 and phash/2 of binaries and bitstrings of many sizes (including sub-binaries
%% and unaligned ones, which hash like their contents), plus ranges.
-module(binary_phash).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bs = [<<>>, <<0>>, <<1>>, <<"a">>, <<"ab">>, <<"abc">>, <<"abcd">>, <<"abcde">>, <<1:1>>, <<1:7>>, <<1, 1:1>>,
          <<"hello world">>, list_to_binary(lists:seq(0, 255)), binary:copy(<<"x">>, 1000)],
    [erlang:display({erlang:phash2(?MODULE:id(B)), erlang:phash2(?MODULE:id(B), 1000), erlang:phash(?MODULE:id(B), 1 bsl 32)}) || B <- Bs],
    <<_:3, Unaligned:16/bits, _/bits>> = ?MODULE:id(<<"abcdef">>),
    Aligned = <<Unaligned/bits>>,
    erlang:display({erlang:phash2(Unaligned) =:= erlang:phash2(binary:copy(Aligned)), erlang:phash2(Unaligned)}),
    Sub = binary:part(binary:copy(<<"0123456789">>, 100), 3, 500),
    erlang:display({erlang:phash2(Sub), erlang:phash2(binary:copy(Sub))}),
    erlang:display([erlang:phash2(<<I:32>>) rem 97 || I <- lists:seq(1, 20)]),
    erlang:display([t(fun() -> erlang:phash2(<<"x">>, ?MODULE:id(R)) end) || R <- [1, 2, 1 bsl 32, 0, -1, (1 bsl 32) + 1, a]]),
    ok.
