%% Nested try blocks: inner handlers that catch, rethrow with another class, or let the exception
%% through; catch inside try; exceptions raised from handlers.
-module(except_nested).
-export([main/0]).

main() ->
    [erlang:display({N, level1(N)}) || N <- lists:seq(0, 6)],
    erlang:display(catch depth(10)),
    ok.

level1(N) ->
    try level2(N)
    catch
        throw:{rethrown, R} -> {l1_rethrown, R};
        error:R -> {l1_error, R};
        exit:R -> {l1_exit, R};
        throw:R -> {l1_throw, R}
    end.

level2(N) ->
    try level3(N)
    catch
        throw:T when T =/= pass -> throw({rethrown, T});
        error:{convert, R} -> exit({converted, R})
    end.

level3(0) -> normal;
level3(1) -> throw(one);
level3(2) -> error({convert, two});
level3(3) -> error(three);
level3(4) -> exit(four);
level3(5) -> throw(pass);
level3(6) -> {caught_locally, catch error(six), catch throw(six)}.

depth(0) -> throw(bottom);
depth(N) ->
    try depth(N - 1)
    catch throw:X -> throw({N, X})
    end.
