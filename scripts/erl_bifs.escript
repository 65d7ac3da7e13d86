#!/usr/bin/env escript
%% Prints `Module Function Arity` for every exported function of every module in the installed
%% OTP that erlang:is_builtin/3 reports as a BIF, sorted.
main(_) ->
    Beams = filelib:wildcard(filename:join([code:root_dir(), "lib", "*", "ebin", "*.beam"])),
    Mods = lists:usort([list_to_atom(filename:basename(B, ".beam")) || B <- Beams]),
    Bifs = lists:usort(
             [{M, F, A} || M <- Mods, {F, A} <- exports(M), erlang:is_builtin(M, F, A)]),
    [io:format("~s ~s ~b~n", [M, F, A]) || {M, F, A} <- Bifs],
    ok.

exports(M) ->
    case code:which(M) of
        File when is_list(File) ->
            case beam_lib:chunks(File, [exports]) of
                {ok, {_, [{exports, Es}]}} -> Es;
                _ -> []
            end;
        _ ->
            %% Preloaded modules (erlang, erts_internal, ...) have no file: ask the module.
            try M:module_info(exports) catch _:_ -> [] end
    end.
