%% re:split on literals, classes and groups, with list and binary results
-module(re_split_basic).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:split(S, P, O) catch C:E -> {C, E} end).

main() ->
    r("a,b,c", ",", [{return, list}]),
    r("a,b,c", ",", []),
    r(<<"a,b,c">>, ",", [{return, binary}]),
    r("a1b2c", "\\d", [{return, list}]),
    r("a1b2c", "(\\d)", [{return, list}]),
    r("a1b2c", "(\\d)(x)?", [{return, list}]),
    r("abc", "x", [{return, list}]),
    r("abc", "", [{return, list}]),
    r(",a,", ",", [{return, list}]),
    r(",,", ",", [{return, list}]),
    r("", "x", [{return, list}]),
    r("a  b", " ", [{return, list}]),
    ok.
