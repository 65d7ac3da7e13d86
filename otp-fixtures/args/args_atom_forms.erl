%% args: -s NAME start Hello 123 -7 1.5e3 a_b+c ok.
%% Words given to -s become atoms exactly as written; a word starting with `-` begins a new
%% (unknown, ignored) flag, so `-7` and the words after it are not arguments of -s.
-module(args_atom_forms).
-export([start/1]).

start(Args) ->
    erlang:display(Args),
    [erlang:display({A, length(atom_to_list(A))}) || A <- Args],
    erlang:display(lists:sort(Args)).
