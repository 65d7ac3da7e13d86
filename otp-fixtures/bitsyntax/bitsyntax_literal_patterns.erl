%% Literal values inside binary patterns: integers of various sizes and endiannesses (including
%% negative literals and literals wider than the segment), float literals, and literal binaries.
-module(bitsyntax_literal_patterns).
-export([main/0, id/1]).

id(X) -> X.

p(<<16#CAFE:16, R/binary>>) -> {cafe, R};
p(<<16#FECA:16/little, R/binary>>) -> {cafe_le, R};
p(<<-1:8/signed, R/binary>>) -> {minus_one, R};
p(<<-2:16/little-signed, R/binary>>) -> {minus_two_le, R};
p(<<1.5:32/float, R/binary>>) -> {one_and_half32, R};
p(<<2.0/float, R/binary>>) -> {two64, R};
p(<<0:3, 5:5, R/binary>>) -> {five, R};
p(<<16#123456789ABCDEF0:64, R/binary>>) -> {wide, R};
p(<<"lit", R/binary>>) -> {lit, R};
p(Other) -> {other, Other}.

main() ->
    Bs = [<<16#CA, 16#FE, 1>>, <<16#FE, 16#CA>>, <<255, 2>>, <<16#FE, 16#FF>>, <<1.5:32/float>>, <<2.0/float, 9>>,
          <<5>>, <<16#123456789ABCDEF0:64>>, <<"lit!">>, <<"li">>, <<254>>, <<2.0:32/float>>, <<16#CA>>],
    [erlang:display(p(?MODULE:id(B))) || B <- Bs],
    erlang:display(case ?MODULE:id(<<300:8>>) of <<300:8>> -> wide_literal_matches; <<44>> -> truncated_44; _ -> none end),
    erlang:display(case ?MODULE:id(<<255>>) of <<255:8/signed>> -> positive_literal_signed; <<-1:8/signed>> -> minus_one end),
    ok.
