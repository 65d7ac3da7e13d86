%% One compiled pattern used with different run options, global and not, and in replace/split.
-module(re_compiled_reuse).
-export([main/0]).

main() ->
    {ok, MP} = re:compile("(\\w)(\\d)?", [caseless]),
    erlang:display(re:run("A1b", MP)),
    erlang:display(re:run("A1b", MP, [global])),
    erlang:display(re:run("A1b", MP, [global, {capture, all, list}])),
    erlang:display(re:run("A1b", MP, [{offset, 2}, {capture, all, binary}])),
    erlang:display(re:run("A1b", MP, [anchored, notempty])),
    erlang:display(re:replace("A1b", MP, "<\\2\\1>", [global, {return, list}])),
    erlang:display(re:split("A1b", MP, [{return, list}])),
    {ok, U} = re:compile(<<"\\p{Lu}"/utf8>>, [unicode]),
    erlang:display(re:run(<<"aÉb"/utf8>>, U)),
    erlang:display(re:run("aÉb", U, [{capture, all, list}])),
    erlang:display(re:replace(<<"aÉb"/utf8>>, U, "_", [{return, binary}])),
    {ok, N} = re:compile("x", [{newline, crlf}]),
    erlang:display(re:run("a\r\nx", N, [global])),
    erlang:display(try re:run("x", N, [unicode]) catch C1:R1 -> {C1, R1} end),
    erlang:display(try re:run("x", N, [dotall]) catch C2:R2 -> {C2, R2} end),
    ok.
