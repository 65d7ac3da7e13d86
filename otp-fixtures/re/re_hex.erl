%% hexadecimal digits, caseless and classes
-module(re_hex).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("0xFF 0x1a 0XZZ 12", "0x[0-9a-f]+", [global]),
    r("0xFF 0x1a 0XZZ 12", "0x[0-9a-f]+", [global, caseless]),
    r("0xFF 0x1a 0XZZ 12", "\\b0[xX]\\p{XDigit}+\\b", [global]),
    r("0xFF 0x1a 0XZZ 12", "[[:xdigit:]]{2}", [global]),
    ok.
