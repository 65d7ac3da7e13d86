%% Version 2 of cl_lit, for the reclamation stress fixtures: code with literals that callers
%% keep after the version is purged.
-module(cl_lit).
-export([version/0, data/0]).
version() -> 2.
data() ->
    {v2, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
     <<"version two: a binary literal longer than sixty-four bytes, so it is a refc binary">>,
     #{kind => literal, version => "two"}, 6.5}.
