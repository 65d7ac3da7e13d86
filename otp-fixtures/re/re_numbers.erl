%% integers, floats and exponents
-module(re_numbers).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("42", "^[-+]?(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$", [{capture, all, list}]),
    r("-3.14", "^[-+]?(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$", [{capture, all, list}]),
    r("+1e10", "^[-+]?(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$", [{capture, all, list}]),
    r("6.02E-23", "^[-+]?(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$", [{capture, all, list}]),
    r("1.", "^[-+]?(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$", [{capture, all, list}]),
    r(".5", "^[-+]?(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$", [{capture, all, list}]),
    r("abc", "^[-+]?(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$", [{capture, all, list}]),
    ok.
