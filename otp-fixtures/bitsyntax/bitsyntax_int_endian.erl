%% Integer segments in big, little and native endianness (native is little on this machine, as on
%% erl), for byte-multiple and odd sizes, construction and matching, signed and unsigned.
-module(bitsyntax_int_endian).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    V = ?MODULE:id(16#0102030405060708090A),
    [erlang:display({S, <<V:S/big>>, <<V:S/little>>, <<V:S/native>> =:= <<V:S/little>>})
     || S <- [8, 12, 16, 17, 24, 31, 32, 40, 63, 64, 65, 80, 81]],
    [begin
         B = ?MODULE:id(<<16#F1, 16#F2, 16#F3, 16#F4, 16#F5, 16#F6, 16#F7, 16#F8, 16#F9, 16#FA>>),
         <<Bu:S/big, _/bits>> = B, <<Lu:S/little, _/bits>> = B,
         <<Bs:S/big-signed, _/bits>> = B, <<Ls:S/little-signed, _/bits>> = B,
         <<Nu:S/native-unsigned, _/bits>> = B,
         erlang:display({S, Bu, Lu, Bs, Ls, Nu =:= Lu})
     end || S <- [1, 7, 8, 9, 15, 16, 23, 24, 32, 33, 56, 63, 64, 65, 72, 80]],
    erlang:display([<<X:16/little>> || X <- [-1, -2, 256, 65535, 65536, -32768, -32769]]),
    erlang:display([<<X:13/little>> || X <- [1, 8191, 8192, -1, 4096]]),
    erlang:display([X || <<X:13/little-signed>> <= ?MODULE:id(<<255, 31, 0, 16, 1:2>>)]),
    ok.
