%% env: LANG=C.UTF-8 -LC_ALL -LC_CTYPE
%% eval: NAME:main()
%% io:put_chars, io:nl, io:write and io:format with unicode data under a UTF-8 locale, where standard output's encoding is unicode
-module(eval_put_chars_utf8).
-export([main/0]).
main() ->
    io:put_chars("plain list\n"),
    io:put_chars(<<"binary\n">>),
    io:put_chars(["deep ", [<<"io">>, "list"], $\n]),
    io:put_chars(standard_io, "explicit device\n"),
    io:nl(),
    io:write({written, [1, "two"]}),
    io:nl(),
    io:format("~p~n", [io:getopts()]),
    line(fun() -> io:put_chars(unicode:characters_to_binary("caf\x{e9}\n")) end),
    line(fun() -> io:put_chars([$a, 233, $\n]) end),
    line(fun() -> io:put_chars(latin1, <<"l1 ", 233, "\n">>) end),
    line(fun() -> io:put_chars(unicode, [16#3b1, 16#3b2, $\n]) end),
    line(fun() -> io:format("~ts~n", [[16#3b1, 16#3b2]]) end),
    line(fun() -> io:format("~s~n", [[16#3b1]]) end),
    line(fun() -> io:format("~tc~n", [16#263a]) end),
    line(fun() -> io:format("~p~n", [[16#3b1, 16#3b2]]) end),
    line(fun() -> io:format("~tp~n", [[16#3b1, 16#3b2]]) end),
    line(fun() -> io:format("~tp~n", [<<"\x{3b1}"/utf8>>]) end),
    line(fun() -> io:put_chars(bad_atom) end),
    line(fun() -> io:put_chars([-1]) end),
    io:format("~p~n", [unicode:characters_to_list(<<"\x{3b1}x"/utf8>>)]),
    ok.
line(F) ->
    try F()
    catch C:R -> io:format("~p ~p~n", [C, R])
    end.
