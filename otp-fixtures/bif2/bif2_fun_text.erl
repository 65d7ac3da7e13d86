%% fun_to_list/1 and fun_info_mfa/1 for external funs, local funs and closures.
-module(bif2_fun_text).
-export([main/0, ext/2]).

ext(A, B) -> {A, B}.

main() ->
    X = 5,
    Fs = [fun lists:reverse/1, fun ?MODULE:ext/2, fun erlang:'+'/2, fun ext/2,
          fun() -> X end, fun(A) -> A + X end],
    [erlang:display(erlang:fun_info_mfa(F)) || F <- Fs],
    [erlang:display(lists:prefix("#Fun<", erlang:fun_to_list(F)) orelse erlang:fun_to_list(F)) || F <- Fs],
    erlang:display(erlang:fun_to_list(fun lists:reverse/1)),
    erlang:display(erlang:fun_to_list(fun 'weird mod':'f g'/0)),
    ok.
