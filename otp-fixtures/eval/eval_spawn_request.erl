%% eval: NAME:main()
%% erlang:spawn_request/1..5 on this node: replies with the default and custom tags, reply
%% options (no, error_only, success_only), bad options answered by an error reply or badarg,
%% monitor (the request id is the monitor reference, with a custom tag too), link with
%% trap_exit, funs and a node argument
-module(eval_spawn_request).
-export([main/0]).
main() ->
    [begin R = erlang:spawn_request(erlang, is_atom, [hi], O), receive {T, R, S, V} -> io:format("~p ~p ~p~n", [T, S, is_pid(V) orelse V]); X -> io:format("other ~p~n", [X]) after 200 -> io:format("none~n") end end || O <- [[bogus], [{priority, bogus}], [{reply, maybe}], [{reply_tag}], [{monitor, [bogus]}], [{monitor, bad}], [{min_heap_size, -1}], [{reply, no}], [{reply, error_only}], [{reply, success_only}], [{reply_tag, mytag}], [{reply_tag, t}, {reply_tag, u}], [{reply, no}, {reply, yes}], [{reply, no}, bogus], [{reply, success_only}, bogus], [{reply_tag, t}, bogus, {reply_tag, u}]]],
    R2 = erlang:spawn_request(erlang, is_atom, [x], [monitor]), receive {spawn_reply, R2, ok, _} -> ok end, receive {_, R2, process, _, normal} = D -> io:format("~p~n", [element(1, D)]) end,
    process_flag(trap_exit, true),
    R4 = erlang:spawn_request(erlang, exit, [boom], [link, {reply_tag, t4}]), receive {t4, R4, ok, P4} -> receive {EXIT, P4, Why} -> io:format("~p ~p~n", [EXIT, Why]) end end,
    R5 = erlang:spawn_request(fun() -> exit(fun_exit) end, [monitor]), receive {spawn_reply, R5, ok, P5} -> receive {'DOWN', R5, process, P5, W5} -> io:format("~p~n", [W5]) end end,
    R6 = erlang:spawn_request(fun() -> ok end), receive {spawn_reply, R6, ok, P6} -> io:format("~p~n", [is_pid(P6)]) end,
    R7 = erlang:spawn_request(node(), fun() -> ok end, [{reply_tag, n}]), receive {n, R7, ok, _} -> io:format("node~n") end,
    _ = erlang:spawn_request(node(), lists, seq, [1, 2], [{reply, error_only}]), receive M8 -> io:format("~p~n", [M8]) after 100 -> io:format("quiet~n") end,
    R9 = erlang:spawn_request(erlang, exit, [x], [{monitor, [{tag, my_down}]}]), receive {spawn_reply, R9, ok, _} -> receive {my_down, R9, process, _, x} -> io:format("tagged down~n") end end,
    io:format("~p~n", [erlang:spawn_request_abandon(R9)]),
    [io:format("~p~n", [catch element(1, element(2, catch erlang:spawn_request(erlang, is_atom, [a], O)))]) || O <- [x, [link | x]]],
    ok.
