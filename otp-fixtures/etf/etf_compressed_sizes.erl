%% Compressed terms whose declared size lies: larger, smaller, far larger than what the zlib
%% stream inflates to, and a stream cut short. Each is refused with badarg; the true size works.
-module(etf_compressed_sizes).
-export([main/0]).

main() ->
    Terms = [binary:copy(<<0>>, 3000000),
             lists:duplicate(300000, {a, 1}),
             lists:seq(1, 1000)],
    [check(T) || T <- Terms],
    ok.

check(T) ->
    <<131, 80, Size:32, Z/binary>> = term_to_binary(T, [compressed]),
    erlang:display({size, Size}),
    Sizes = [Size, Size + 1, Size - 1, 16#FFFFFFFF, Size * 2, 0],
    [erlang:display({declared, D, decode(<<131, 80, D:32, Z/binary>>, T)}) || D <- Sizes],
    Cut = binary:part(Z, 0, byte_size(Z) div 2),
    erlang:display({cut, decode(<<131, 80, Size:32, Cut/binary>>, T)}),
    erlang:display({trailing, decode(<<131, 80, Size:32, Z/binary, 0>>, T)}),
    erlang:display({used, element(2, binary_to_term(<<131, 80, Size:32, Z/binary, 7>>, [used]))
                          - byte_size(Z) - 6}).

decode(B, T) ->
    try binary_to_term(B) of
        T -> same;
        _ -> different
    catch
        error:R -> R
    end.
