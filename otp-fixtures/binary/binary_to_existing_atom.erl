%% binary_to_existing_atom/1,2: atoms that exist (from this module's literals and the runtime) and
%% names that were never created (badarg), in latin1 and utf8, with invalid UTF-8 and bad encodings.
-module(binary_to_existing_atom).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(?MODULE:id([existing_atom_literal, 'ünïcödé', '日本語アトム'])),
    Bs = [<<"existing_atom_literal">>, <<"ok">>, <<"erlang">>, <<"true">>, <<"">>,
          <<"binary_to_existing_atom_never_made_zq1">>, <<"ünïcödé"/utf8>>, <<"ünïcödé">>,
          <<"日本語アトム"/utf8>>, <<"日本語アトムx"/utf8>>, <<255>>, <<16#C3>>],
    [erlang:display({B, t(fun() -> binary_to_existing_atom(?MODULE:id(B)) end),
                     t(fun() -> binary_to_existing_atom(?MODULE:id(B), utf8) end),
                     t(fun() -> binary_to_existing_atom(?MODULE:id(B), latin1) end)}) || B <- Bs],
    [erlang:display({bad, X, E, t(fun() -> binary_to_existing_atom(?MODULE:id(X), ?MODULE:id(E)) end)})
     || {X, E} <- [{<<"ok">>, utf16}, {<<"ok">>, nope}, {"ok", utf8}, {ok, utf8}, {<<"ok", 1:1>>, utf8}]],
    erlang:display(t(fun() -> binary_to_existing_atom(binary:copy(<<"a">>, 300), utf8) end)),
    New = binary_to_atom(<<"made_at_runtime_", (integer_to_binary(?MODULE:id(42)))/binary>>, utf8),
    erlang:display({New, t(fun() -> binary_to_existing_atom(<<"made_at_runtime_42">>, utf8) end)}),
    erlang:display(t(fun() -> list_to_existing_atom(?MODULE:id("made_at_runtime_43")) end)),
    ok.
