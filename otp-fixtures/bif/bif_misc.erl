%% Assorted erlang BIFs with stable results: function_exported/3 for this module, is_builtin/3,
%% erlang:system_info on constants, atom_to_list(node()), max/min on tuples, erlang:crc32/1 and adler32.
-module(bif_misc).
-export([main/0, exported/1]).

t(F) -> try F() catch C:R -> {C, R} end.

exported(X) -> X.

main() ->
    erlang:display({erlang:function_exported(?MODULE, exported, 1), erlang:function_exported(?MODULE, exported, 2),
                    erlang:function_exported(?MODULE, main, 0), erlang:function_exported(?MODULE, t, 1)}),
    erlang:display({erlang:is_builtin(erlang, element, 2), erlang:is_builtin(lists, reverse, 2),
                    erlang:is_builtin(lists, map, 2)}),
    erlang:display({erlang:system_info(wordsize), erlang:system_info({wordsize, external}),
                    erlang:system_info(otp_release), erlang:system_info(version)}),
    erlang:display({erlang:crc32(<<"hello">>), erlang:crc32("hello"), erlang:adler32(<<"hello">>),
                    erlang:crc32(erlang:crc32(<<"a">>), <<"b">>) =:= erlang:crc32(<<"ab">>)}),
    erlang:display({erlang:md5(<<"abc">>), byte_size(erlang:md5(lists:seq(1, 255)))}),
    erlang:display({t(fun() -> erlang:crc32(a) end), erlang:external_size(lists:seq(1, 10)), erlang:external_size(abc)}),
    erlang:display({erlang:max({1, 2}, {1, 3}), erlang:min([a], "a"), erlang:module_loaded(?MODULE)}),
    erlang:display({is_map_key(a, #{a => 1}), map_get(a, #{a => 1}), t(fun() -> map_get(b, #{a => 1}) end)}),
    erlang:display({erlang:bit_size(<<1:13>>), byte_size(<<1:13>>), binary_part(<<"hello">>, 1, 3), split_binary(<<"hello">>, 2)}),
    ok.
