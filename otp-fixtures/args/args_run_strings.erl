%% args: -run NAME start hello 42 World 1.5
%% `-run M F A1 A2 ...` passes the words as a list of strings.
-module(args_run_strings).
-export([start/1]).

start(Args) ->
    erlang:display(Args),
    erlang:display([is_list(A) || A <- Args]),
    erlang:display([list_to_atom(A) || A <- Args]),
    erlang:display(lists:sum([length(A) || A <- Args])).
