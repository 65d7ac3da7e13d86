-module(io_lib_calls).
-export([main/0]).

main() ->
    Cases = [{"~p", [x]}, {"~10p|", [x]}, {"~-10p|", [x]}, {"~.3s", ["abcdef"]},
             {"~10.3s|", ["abcdef"]}, {"~-6s|", ["ab"]}, {"~6.3.*s|", ["ab"]},
             {"~w~w", [1, 2]}, {"~p", [{1, "two", <<"three">>}]}, {"~e", [1.0]},
             {"~8.2.0f", [-1.5]}, {"~.16#", [255]}, {"~+", [255]}, {"~.16+", [255]}],
    [io:format("~p -> ~p~n", [F, catch lists:flatten(io_lib:format(F, A))]) || {F, A} <- Cases],
    io:format("~p~n", [io_lib:write({a, [b, "c"]})]),
    io:format("~p~n", [lists:flatten(io_lib:print(lists:seq(1, 30)))]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:printable_list("abc\n")]),
    io:format("~p~n", [io_lib:printable_unicode_list([16#263a])]),
    io:format("~p~n", [io_lib:fread("~d ~s", "42 word")]),
    io:format("~p~n", [io_lib:write_string("quote\"d")]),
    io:format("~p~n", [io_lib:write_atom('needs quotes')]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [#{a => #{b => c}}]))]),
    ok.
