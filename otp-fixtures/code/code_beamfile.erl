%% erts_internal:beamfile_chunk/2 and beamfile_module_md5/1.
-module(code_beamfile).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    Bin = ?CL_NAMELESS,
    AtU8 = erts_internal:beamfile_chunk(Bin, "AtU8"),
    erlang:display(is_binary(AtU8)),
    <<N:32, _/binary>> = AtU8,
    erlang:display(N),
    erlang:display(erts_internal:beamfile_chunk(Bin, "ExpT")),
    erlang:display(erts_internal:beamfile_chunk(Bin, "Nope")),
    erlang:display(erts_internal:beamfile_chunk(<<"junk">>, "AtU8")),
    erlang:display(erts_internal:beamfile_chunk(<<>>, "AtU8")),
    erlang:display(e(fun() -> erts_internal:beamfile_chunk(Bin, "AtU") end)),
    erlang:display(e(fun() -> erts_internal:beamfile_chunk(Bin, atu8) end)),
    erlang:display(e(fun() -> erts_internal:beamfile_chunk(not_bin, "AtU8") end)),
    erlang:display(erts_internal:beamfile_module_md5(Bin)),
    erlang:display(erts_internal:beamfile_module_md5(<<"junk">>)),
    erlang:display(e(fun() -> erts_internal:beamfile_module_md5(junk) end)),
    ok.
