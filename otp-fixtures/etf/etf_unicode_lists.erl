%% Lists of characters in the external format: byte lists become STRING_EXT, lists with any
%% element above 255 (or negative, or non-integer) become LIST_EXT; binaries of UTF-8 stay
%% BINARY_EXT; round trips of unicode strings and mixed lists.
-module(etf_unicode_lists).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Ls = ?MODULE:id(["ascii", "latin1 éü", [16#65E5, 16#672C], [$a, 256], [$a, -1], [$a, 1.0], [$a, a], "",
                     [255, 255], [0], unicode:characters_to_list(<<"mixed ascii and 日本語"/utf8>>)]),
    [erlang:display({L, term_to_binary(L), binary_to_term(term_to_binary(L)) =:= L}) || L <- Ls],
    U = ?MODULE:id(<<"日本語テキスト"/utf8>>),
    erlang:display({term_to_binary(U), term_to_binary(unicode:characters_to_list(U))}),
    Long = lists:seq(200, 300),
    LB = term_to_binary(Long),
    erlang:display({byte_size(LB), binary:part(LB, 0, 8), erlang:crc32(LB)}),
    ok.
