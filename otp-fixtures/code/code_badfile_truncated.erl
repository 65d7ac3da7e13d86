%% Truncated copies of a real module: every one is refused with {error, badfile}.
-module(code_badfile_truncated).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    Bin = ?CL_VER_V1,
    Size = byte_size(Bin),
    Cuts = [0, 1, 3, 4, 8, 11, 12, 16, 20, 40, 100, Size div 3, Size div 2, Size - 100,
            Size - 9, Size - 4, Size - 1],
    lists:foreach(
      fun(N) ->
              <<Part:N/binary, _/binary>> = Bin,
              erlang:display({N > 0, erlang:load_module(cl_ver, Part)})
      end, Cuts),
    erlang:display(erlang:module_loaded(cl_ver)),
    %% The whole binary still loads.
    erlang:display(erlang:load_module(cl_ver, Bin)),
    erlang:display(cl_ver:version()),
    ok.
