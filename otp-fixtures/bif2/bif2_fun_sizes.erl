%% erts_debug:flat_size/1, size/1 and size_shared/1 of funs: local funs with and without free
%% variables (one shared between two of them) and export funs, alone and in a list.
-module(bif2_fun_sizes).
-export([main/0]).

main() ->
    A = self(), B = make_ref(), C = 1,
    Fs = [fun() -> ok end, fun() -> A end, fun() -> {A, B} end, fun() -> {A, B, C} end,
          fun lists:map/2, erlang:make_fun(lists, reverse, 2)],
    erlang:display([erts_debug:flat_size(F) || F <- Fs]),
    erlang:display([erts_debug:size(F) || F <- Fs]),
    erlang:display([erts_debug:size_shared(F) || F <- Fs]),
    erlang:display({erts_debug:flat_size(Fs), erts_debug:size(Fs), erts_debug:size_shared(Fs)}),
    erlang:display(erts_debug:flat_size({fun lists:map/2, fun lists:map/2})),
    ok.
