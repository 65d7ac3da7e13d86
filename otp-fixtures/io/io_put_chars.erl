-module(io_put_chars).
-export([main/0]).

main() ->
    io:put_chars("plain list\n"),
    io:put_chars(<<"binary\n">>),
    io:put_chars(["deep ", ["io", $l, "ist"], <<"\n">>]),
    io:put_chars(standard_io, "to standard_io\n"),
    io:put_chars(unicode:characters_to_binary("unicode \x{263a}\n")),
    io:write({written, term}),
    io:nl(),
    io:fwrite("fwrite ~p~n", [works]),
    io:format(standard_io, "explicit device ~p~n", [ok]),
    io:format(user, "user device ~p~n", [ok]),
    R = (catch io:put_chars(not_chardata)),
    io:format("~p~n", [R]),
    io:put_chars(lists:duplicate(2000, $x)),
    io:nl(),
    ok.
