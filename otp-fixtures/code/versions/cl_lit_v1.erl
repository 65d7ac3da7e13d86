%% Version 1 of cl_lit, for the reclamation stress fixtures: code with literals that callers
%% keep after the version is purged.
-module(cl_lit).
-export([version/0, data/0, spin/3]).
version() -> 1.
data() ->
    {v1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
     <<"version one: a binary literal longer than sixty-four bytes, so it is a refc binary">>,
     #{kind => literal, version => "one"}, 3.25}.
%% N fully qualified calls, then reports the version it ends in and the term it kept.
spin(0, From, Kept) -> From ! {self(), ?MODULE:version(), Kept};
spin(N, From, Kept) -> _ = ?MODULE:version(), ?MODULE:spin(N - 1, From, Kept).
