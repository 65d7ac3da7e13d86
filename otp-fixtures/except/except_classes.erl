%% error/1, exit/1 and throw/1 caught by try with Class:Reason, by catch (which wraps error and
%% exit in {'EXIT', ...} and returns thrown values as they are), and by class-specific clauses.
-module(except_classes).
-export([main/0]).

raise(error, R) -> error(R);
raise(exit, R) -> exit(R);
raise(throw, R) -> throw(R).

main() ->
    Reasons = [oops, {a, 1}, [1, 2], 42, 1.5, "text", {'EXIT', inner}, normal, kill, []],
    [begin
         erlang:display({Class, R, try raise(Class, R) catch C:Rsn -> {caught, C, Rsn} end}),
         erlang:display({Class, R, only_class(Class, R)}),
         erlang:display({Class, R, strip(catch raise(Class, R))})
     end || Class <- [error, exit, throw], R <- Reasons],
    ok.

only_class(Class, R) ->
    try raise(Class, R)
    catch
        throw:X -> {throw_clause, X};
        exit:X -> {exit_clause, X};
        error:X -> {error_clause, X}
    end.

%% Drop the stack trace from a caught error so only the shape is compared here.
strip({'EXIT', {Reason, Stack}}) when is_list(Stack) -> {'EXIT', Reason, stack};
strip(Other) -> Other.
