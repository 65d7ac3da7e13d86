%% A fun of purged code: with the module still loaded (a newer version) the call raises badfun;
%% with no code left for the module, it goes to the error handler's undefined_lambda/3.
-module(code_error_handler_lambda).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_handler, ?CL_HANDLER)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    F = cl_ver:mk_fun(),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erlang:purge_module(cl_ver)),
    _ = process_flag(error_handler, cl_handler),
    case e(fun() -> F(1) end) of
        {error, {badfun, G}} -> erlang:display({badfun, G =:= F});
        Other -> erlang:display(Other)
    end,
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(erlang:purge_module(cl_ver)),
    case e(fun() -> F(2) end) of
        {ok, {handled_lambda, M, [2]}} -> erlang:display({handled_lambda, M});
        Other2 -> erlang:display(Other2)
    end,
    ok.
