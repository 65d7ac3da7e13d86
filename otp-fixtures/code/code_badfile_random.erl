%% Random bytes, a bare IFF header and corrupted real modules: {error, badfile}, never a crash.
-module(code_badfile_random).
-export([main/0]).
-include("code_versions.hrl").

rand_bytes(_, 0, Acc) -> list_to_binary(Acc);
rand_bytes(S, N, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#7fffffff,
    rand_bytes(S1, N - 1, [(S1 bsr 16) band 255 | Acc]).

main() ->
    lists:foreach(
      fun(Seed) ->
              Bin = rand_bytes(Seed, 50 + Seed * 37, []),
              erlang:display(erlang:load_module(cl_junk, Bin))
      end, lists:seq(1, 12)),
    erlang:display(erlang:load_module(cl_junk, <<"FOR1", 0, 0, 0, 4, "BEAM">>)),
    erlang:display(erlang:load_module(cl_junk, <<"FOR1", 255, 255, 255, 255, "BEAM">>)),
    erlang:display(erlang:load_module(cl_junk, <<"FOR1", 0, 0, 0, 12, "BEAM", "AtU8", 0, 0, 0, 0>>)),
    %% Flip bytes in the middle of a real module.
    Bin = ?CL_VER_V1,
    lists:foreach(
      fun(At) ->
              <<A:At/binary, B, C/binary>> = Bin,
              Bad = <<A/binary, (B bxor 255), C/binary>>,
              R = erlang:load_module(cl_ver, Bad),
              erlang:display(element(1, R)),
              _ = erlang:delete_module(cl_ver),
              _ = (catch erlang:purge_module(cl_ver))
      end, [9, 13, 22, 30]),
    erlang:display(erlang:module_loaded(cl_junk)),
    ok.
