%% re:replace options: return types, offset, unicode, caseless, newline
-module(re_replace_opts).
-export([main/0]).

r(S, P, R, O) -> erlang:display(try re:replace(S, P, R, O) catch C:E -> {C, E} end).

main() ->
    r("hello", "l", "L", []),
    r("hello", "l", "L", [{return, binary}]),
    r("hello", "l", "L", [{return, iodata}]),
    r("hello", "L", "x", [caseless, global, {return, list}]),
    r("hello", "l", "L", [{offset, 3}, {return, list}]),
    r(<<"héllo"/utf8>>, "é", <<"e"/utf8>>, [unicode, {return, binary}]),
    r("héllo", "é", "ê", [unicode, {return, list}]),
    r("ab", "^b", "B", [multiline, {newline, cr}, {return, list}]),
    r("ab", "(?<n>a)", "[\\\\1]", [{capture, all, list}, {return, list}]),
    r("aaa", "a", "b", [notempty, global, {return, list}]),
    r("abc", "b", "x", [anchored, {return, list}]),
    r("abc", "a", "x", [anchored, {return, list}]),
    r("x", "(", "y", [{return, list}]),
    r("x", "x", "y", [badopt]),
    r("x", "x", foo, [{return, list}]),
    ok.
