%% term_to_binary options: {minor_version,0|1|2} (float and atom encodings), deterministic, the
%% combination of options, erlang:external_size/1,2 against the real size, and badarg for bad
%% option lists.
-module(etf_options).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    T = ?MODULE:id({1.5, 'atom', 'ünï', '日本', [3.0e-10], #{k => 2.5}}),
    [erlang:display({V, t(fun() -> term_to_binary(T, [{minor_version, V}]) end)}) || V <- [0, 1, 2]],
    [erlang:display({V, t(fun() -> term_to_binary(T, [{minor_version, V}]) end)}) || V <- ?MODULE:id([3, -1, a])],
    erlang:display(term_to_binary(T, [deterministic]) =:= term_to_binary(T)),
    erlang:display(term_to_binary(T, [deterministic, {minor_version, 2}, {compressed, 0}])),
    Ts = ?MODULE:id([a, 1, 1.0, <<"bin">>, lists:seq(1, 100), {a, b, c}, #{a => 1}, maps:from_list([{I, I} || I <- lists:seq(1, 50)]),
                     binary:copy(<<"x">>, 5000), 1 bsl 300, "string", [a | b]]),
    [erlang:display({erlang:external_size(X), byte_size(term_to_binary(X)), erlang:external_size(X, [{minor_version, 0}]),
                     byte_size(term_to_binary(X, [{minor_version, 0}])), t(fun() -> erlang:external_size(X, [{minor_version, 1}]) end)}) || X <- Ts],
    [erlang:display({O, t(fun() -> erlang:external_size(a, O) end)})
     || O <- ?MODULE:id([[compressed], [{compressed, 3}], [{minor_version, 2}], [deterministic], [{minor_version, 0}, {minor_version, 1}]])],
    erlang:display(t(fun() -> erlang:external_size(a, [bogus]) end)),
    erlang:display(t(fun() -> erlang:external_size(a, bogus) end)),
    erlang:display(t(fun() -> term_to_binary(a, [{minor_version, 1} | bogus]) end)),
    ok.
