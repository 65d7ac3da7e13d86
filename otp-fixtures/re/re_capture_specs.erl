%% every capture value specification and type
-module(re_capture_specs).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("k=v", "(\\w)=(\\w)", [{capture, all}]),
    r("k=v", "(\\w)=(\\w)", [{capture, all, list}]),
    r("k=v", "(\\w)=(\\w)", [{capture, all_but_first, binary}]),
    r("k=v", "(\\w)=(\\w)", [{capture, first, binary}]),
    r("k=v", "(\\w)=(\\w)", [{capture, none, list}]),
    r("k=v", "(\\w)=(\\w)", [{capture, [2, 0, 1], list}]),
    r("k=v", "(?<key>\\w)=(?<val>\\w)", [{capture, [val, key], list}]),
    r("k=v", "(?<key>\\w)=(?<val>\\w)", [{capture, all_names, binary}]),
    r("k=v", "(?<key>\\w)=(?<val>\\w)", [{capture, ["key", <<"val">>], index}]),
    r("k=v", "(\\w)=(\\w)", [{capture, [], list}]),
    r("k=v", "(\\w)=(\\w)", [global, {capture, [1], list}]),
    r("k=v", "(\\w)=(\\w)", [{capture, all_names}]),
    r("k=v", "(\\w)=(\\w)", [{capture, [-1]}]),
    r("k=v", "(\\w)=(\\w)", [{capture, all, other}]),
    ok.
