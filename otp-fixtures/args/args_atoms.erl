%% args: -s NAME start alpha beta 42
%% `-s M F A1 A2 ...` passes the words as a list of atoms.
-module(args_atoms).
-export([start/1]).

start(Args) ->
    erlang:display(Args),
    erlang:display([is_atom(A) || A <- Args]).
