%% inline markup: emphasis, links and code
-module(re_markdown).
-export([main/0]).

r(S, P, O) -> erlang:display(try re:run(S, P, O) catch C:R -> {C, R} end).

main() ->
    r("*a* **b** [t](u) `c`", "\\*\\*(.+?)\\*\\*", [global, {capture, all, list}]),
    r("*a* **b** [t](u) `c`", "(?<!\\*)\\*([^*]+)\\*(?!\\*)", [global, {capture, all, list}]),
    r("*a* **b** [t](u) `c`", "\\[([^\\]]+)\\]\\(([^)]+)\\)", [global, {capture, all, list}]),
    r("*a* **b** [t](u) `c`", "`([^`]+)`", [global, {capture, all, list}]),
    ok.
