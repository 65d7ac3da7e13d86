%% Benchmark: re:run over about 50 MB of text with five patterns (a literal, an alternation, a
%% backreference, a Unicode class, a global capture) and a global re:replace.
-module(bench_re).
-export([main/0]).

main() ->
    Text = text(),
    T0 = erlang:monotonic_time(),
    Counts = [count(Text, P, O) || {P, O} <- patterns()],
    Replaced = byte_size(iolist_to_binary(re:replace(Text, "fox", "cat", [global]))),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, re, erlang:convert_time_unit(T1 - T0, native, microsecond),
                    {Counts, Replaced}}).

patterns() ->
    [{"lazy dog", [global]},
     {"quick|brown|jumps|over", [global]},
     {"\\b(\\w)\\w*\\s+\\1", [global]},
     {"\\p{Lu}\\p{Ll}+", [global, unicode]},
     {"(\\w+)@(\\w+)\\.com", [global, {capture, all_but_first, binary}]}].

count(Text, P, O) ->
    case re:run(Text, P, O) of
        {match, L} -> length(L);
        nomatch -> 0
    end.

text() ->
    Line = <<"The quick brown fox jumps over the lazy dog; Write to anna@example.com "
             "or bob@test.com. Ünïcode Ärger Öl. deed did dad\n"/utf8>>,
    iolist_to_binary(lists:duplicate(400000, Line)).
