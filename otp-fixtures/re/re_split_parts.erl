%% re:split with parts, trim and group
-module(re_split_parts).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:split(S, P, O) catch C:E -> {C, E} end).

main() ->
    r("a,b,c,d", ",", [{parts, 2}, {return, list}]),
    r("a,b,c,d", ",", [{parts, 1}, {return, list}]),
    r("a,b,c,d", ",", [{parts, 10}, {return, list}]),
    r("a,b,,,", ",", [{parts, 3}, {return, list}]),
    r("a,b,,,", ",", [trim, {return, list}]),
    r(",,,", ",", [trim, {return, list}]),
    r("a,b,,,", ",", [{parts, infinity}, {return, list}]),
    r("a1b2c", "(\\d)", [group, {return, list}]),
    r("a1b2c", "(\\d)", [group, trim, {return, binary}]),
    r("a1b2c", "(\\d)", [group, {parts, 2}, {return, list}]),
    r("a,b", ",", [{parts, 0}, {return, list}]),
    r("a,b", ",", [{parts, -1}, {return, list}]),
    ok.
