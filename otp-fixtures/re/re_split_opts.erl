%% re:split with unicode, caseless, multiline, offset and newline options
-module(re_split_opts).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:split(S, P, O) catch C:E -> {C, E} end).

main() ->
    r(<<"α,β,γ"/utf8>>, ",", [unicode, {return, list}]),
    r(<<"α,β,γ"/utf8>>, ",", [unicode, {return, binary}]),
    r("AxBXc", "x", [caseless, {return, list}]),
    r("a
b
c", "^", [multiline, {return, list}]),
    r("a
b
c", "$", [multiline, {return, list}]),
    r("a,b,c", ",", [{offset, 2}, {return, list}]),
    r("a
b", "$", [multiline, {newline, crlf}, {return, list}]),
    r("a,b", "(", [{return, list}]),
    r("a,b", ",", [bad]),
    r(<<"日本,語"/utf8>>, "", [unicode, {return, list}]),
    r("aXbxc", "(?i)x", [{return, binary}]),
    ok.
