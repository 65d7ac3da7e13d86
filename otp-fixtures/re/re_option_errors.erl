%% Which bad options of re:run/3 and re:compile/2 carry the error cause badopt (anything that
%% is not an option) and which are plain badarg (a bad capture specification, a compile
%% option with a compiled pattern).
-module(re_option_errors).
-export([main/0]).
t(F) -> try F() catch error:E:St -> [{_,Fn,A,I}|_] = St, {E, Fn, length(A), proplists:get_value(error_info, I)} end.
main() ->
    [io:format("~p~n", [t(F)]) || F <- [
        fun() -> re:run(<<"a">>, "a", [{offset, -1}]) end,
        fun() -> re:run(<<"a">>, "a", [{match_limit, x}]) end,
        fun() -> re:run(<<"a">>, "a", [{newline, bogus}]) end,
        fun() -> re:run(<<"a">>, "a", [{capture, all, bogus}]) end,
        fun() -> re:run(<<"a">>, "a", [global | b]) end,
        fun() -> re:run(<<"a">>, "a", notalist) end,
        fun() -> re:run(<<"a">>, "a", [{bogus, 1}]) end,
        fun() -> re:run(<<"a">>, "a", ["str"]) end,
        fun() -> {ok, R} = re:compile("a"), re:run(<<"a">>, R, [caseless]) end,
        fun() -> {ok, R} = re:compile("a"), re:run(<<"a">>, R, [bogus]) end,
        fun() -> re:compile("a", [{newline, x}]) end,
        fun() -> re:compile("a", [global]) end,
        fun() -> re:compile("a", notalist) end,
        fun() -> re:inspect(bogus, namelist) end,
        fun() -> {ok, R} = re:compile("a"), re:inspect(R, bogus) end
    ]], ok.
