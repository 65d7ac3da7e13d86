%% A word-frequency counter: a generated text (fixed seed) is split into words with the binary
%% module, counted in a map keyed by binaries, and reported as the top words, the number of
%% distinct words, bigram counts, and a per-length histogram.
-module(realworld_word_count).
-export([main/0]).

vocab() ->
    [<<"the">>, <<"of">>, <<"and">>, <<"to">>, <<"in">>, <<"is">>, <<"beam">>, <<"erlang">>, <<"process">>, <<"message">>,
     <<"binary">>, <<"map">>, <<"list">>, <<"tuple">>, <<"atom">>, <<"garbage">>, <<"collector">>, <<"scheduler">>,
     <<"node">>, <<"term">>, <<"pattern">>, <<"match">>, <<"function">>, <<"module">>, <<"clause">>, <<"guard">>,
     <<"receive">>, <<"send">>, <<"spawn">>, <<"link">>, <<"monitor">>, <<"supervisor">>, <<"tree">>, <<"restart">>,
     <<"strategy">>, <<"one">>, <<"for">>, <<"all">>, <<"rest">>, <<"simple">>].

main() ->
    rand:seed(exsss, {1, 2, 3}),
    V = list_to_tuple(vocab()),
    N = tuple_size(V),
    Words = [element(min(N, trunc(N * math:pow(rand:uniform(), 2.5)) + 1), V) || _ <- lists:seq(1, 30000)],
    Seps = [<<" ">>, <<"  ">>, <<", ">>, <<".\n">>, <<"; ">>],
    Text = iolist_to_binary([[W, lists:nth(rand:uniform(5), Seps)] || W <- Words]),
    erlang:display({byte_size(Text), erlang:crc32(Text)}),
    Tokens = binary:split(Text, [<<" ">>, <<",">>, <<".">>, <<"\n">>, <<";">>], [global, trim_all]),
    erlang:display({length(Tokens), Tokens =:= Words}),
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Tokens),
    erlang:display({map_size(Counts), maps:to_list(Counts)}),
    Top = lists:sublist(lists:sort(fun({A, CA}, {B, CB}) -> {CB, A} =< {CA, B} end, maps:to_list(Counts)), 10),
    erlang:display(Top),
    Bigrams = count_bigrams(Tokens, #{}),
    erlang:display({map_size(Bigrams), lists:sublist(lists:reverse(lists:keysort(2, maps:to_list(Bigrams))), 5)}),
    Hist = maps:fold(fun(W, C, H) -> maps:update_with(byte_size(W), fun(X) -> X + C end, C, H) end, #{}, Counts),
    erlang:display(Hist),
    ok.

count_bigrams([A, B | Rest], M) -> count_bigrams([B | Rest], maps:update_with({A, B}, fun(C) -> C + 1 end, 1, M));
count_bigrams(_, M) -> M.
