%% Pids, ports and references of other nodes (and of this node, nonode@nohost with creation 0),
%% built with binary_to_term: their order among each other and against local identifiers,
%% equality, node/1, the type tests, re-encoding byte for byte and external_size. Identifiers are
%% shown through their encoding, since erl prints another node's identifiers with an internal node
%% index; those of `nonode@nohost` with a creation other than 0 print with index 0 and are shown.
-module(etf_external_ids).
-export([main/0]).

pid(N, Id, Ser, Cr) -> binary_to_term(<<131, 88, 100, (byte_size(N)):16, N/binary, Id:32, Ser:32, Cr:32>>).
port(N, Id, Cr) -> binary_to_term(<<131, 120, 100, (byte_size(N)):16, N/binary, Id:64, Cr:32>>).
ref(N, Cr, Ids) ->
    binary_to_term(<<131, 90, (length(Ids)):16, 100, (byte_size(N)):16, N/binary, Cr:32,
                     << <<I:32>> || I <- Ids >>/binary>>).

local() -> <<"nonode@nohost">>.

pids() ->
    [pid(<<"b@h">>, 1, 0, 1), pid(<<"a@h">>, 2, 0, 1), pid(<<"a@h">>, 1, 0, 2), pid(<<"a@h">>, 1, 1, 1),
     pid(local(), 5, 0, 3), pid(local(), 5, 0, 0), pid(local(), 9, 1, 0), pid(<<"a@h">>, 1, 0, 0),
     pid(<<"zzz">>, 0, 0, 0), pid(<<"A">>, 100, 100, 100), pid(<<"aa@h">>, 1, 0, 1),
     pid(<<"a@h">>, 16#ffffffff, 16#ffffffff, 16#ffffffff), pid(local(), 0, 0, 0)].

ports() ->
    [port(<<"a@h">>, 3, 1), port(<<"a@h">>, 2, 2), port(<<"b@h">>, 1, 1), port(<<"a@h">>, 1 bsl 40, 1),
     port(local(), 3, 0), port(local(), 0, 0), port(local(), 7, 5), port(<<"a@h">>, 1 bsl 28, 1),
     port(<<"a@h">>, (1 bsl 64) - 1, 16#ffffffff)].

refs() ->
    [ref(<<"a@h">>, 1, [1, 2, 3]), ref(<<"a@h">>, 1, [1, 2, 4]), ref(<<"a@h">>, 1, [2]),
     ref(<<"a@h">>, 1, [1, 2, 3, 4, 5]), ref(<<"b@h">>, 1, [1]), ref(<<"a@h">>, 2, [1, 2, 3]),
     ref(local(), 0, [1, 2, 3]), ref(local(), 7, [1, 2, 3]), ref(local(), 0, [5]),
     ref(local(), 0, [1, 2, 16#ffffffff]), ref(local(), 0, [16#3ffff, 16#ffffffff, 16#3fff]),
     ref(<<"a@h">>, 1, [1, 2, 3, 0]), ref(<<"a@h">>, 1, [1, 2, 3, 0, 0]), ref(<<"a@h">>, 1, []),
     ref(<<"a@h">>, 1, [0]), ref(<<"c@h">>, 16#ffffffff, [16#ffffffff, 16#ffffffff])].

main() ->
    All = pids() ++ ports() ++ refs(),
    erlang:display([{is_pid(X), is_port(X), is_reference(X), node(X)} || X <- All]),
    erlang:display([{erlang:is_pid(X), erlang:is_port(X), erlang:is_reference(X)} || X <- All]),
    erlang:display([term_to_binary(X) || X <- lists:sort(All)]),
    erlang:display([term_to_binary(X) || X <- lists:usort(All ++ lists:reverse(All))]),
    erlang:display([[if X < Y -> $<; X > Y -> $>; X == Y -> $= end || Y <- L] || L <- [pids(), ports(), refs()], X <- L]),
    erlang:display([[if X =:= Y -> $e; X == Y -> $q; true -> $n end || Y <- L] || L <- [pids(), ports(), refs()], X <- L]),
    erlang:display([binary_to_term(term_to_binary(X)) =:= X || X <- All]),
    erlang:display([{erlang:external_size(X), byte_size(term_to_binary(X))} || X <- All]),
    erlang:display(erlang:external_size(list_to_tuple(All))),
    erlang:display(term_to_binary(All, [compressed])),
    erlang:display(term_to_binary(All, [{minor_version, 1}])),
    %% nonode@nohost with a creation other than 0 is another incarnation: printed with index 0.
    erlang:display([pid(local(), 5, 0, 3), port(local(), 7, 5), ref(local(), 7, [1, 2, 3]), ref(local(), 9, [])]),
    erlang:display([pid(local(), 5, 0, 0), port(local(), 7, 0), ref(local(), 0, [1, 2, 3]), ref(local(), 0, [1, 2, 16#ffffffff])]),
    %% Mixed with other kinds of terms, in the standard order.
    Mixed = [{t}, 1, atom, pid(<<"a@h">>, 1, 1, 1), port(<<"a@h">>, 1, 1), ref(<<"a@h">>, 1, [1]), fun lists:map/2, <<>>, [], [x], #{}],
    erlang:display([term_to_binary(X) || X <- lists:sort(Mixed)]),
    ok.
