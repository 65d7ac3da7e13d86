%% Functions of the string module on plain latin-1 strings: tokens, join, split, trim, to_upper,
%% to_lower, find, replace, length, slice, pad, reverse, and the older str/substr/chr functions.
-module(control_string_module).
-export([main/0]).

main() ->
    S = "  Hello, Wonderful World!  ",
    erlang:display(string:tokens(S, " ,!")),
    erlang:display(string:join(["a", "b", "c"], "--")),
    erlang:display(string:split("a,b,,c", ",", all)),
    erlang:display({string:trim(S), string:trim(S, leading), string:trim(S, trailing)}),
    erlang:display({string:to_upper(S), string:to_lower(S)}),
    erlang:display({string:find(S, "Wo"), string:find(S, "o", trailing), string:find(S, "zz")}),
    erlang:display(string:replace(S, "o", "0", all)),
    erlang:display({string:length(S), string:slice(S, 2, 5), string:pad("ab", 6, both, $*)}),
    erlang:display({string:reverse("abc"), string:str(S, "World"), string:substr(S, 3, 5), string:chr(S, $W)}),
    erlang:display({string:is_empty(""), string:equal("a", "a"), string:lowercase("ÀB"), string:uppercase("straße")}),
    erlang:display({string:to_integer("123abc"), string:to_float("1.5e3x"), string:to_integer("x")}),
    erlang:display(string:lexemes("a  b   c", " ")),
    ok.
