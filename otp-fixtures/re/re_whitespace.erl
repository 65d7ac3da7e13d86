%% whitespace classes and trimming patterns
-module(re_whitespace).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r(" 	 a b 
", "^\\s+", []),
    r(" 	 a b 
", "\\s+$", []),
    r(" 	 a b 
", "^\\s*(.*?)\\s*$", [{capture, all, list}]),
    r(" 	 a b 
", "\\S+", [global, {capture, all, list}]),
    r(" 	 a b 
", "[ \\t]+", [global]),
    ok.
