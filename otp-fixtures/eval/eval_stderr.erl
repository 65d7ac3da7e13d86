%% eval: io:format(standard_error, "to stderr ~p~n", [1]), io:format("to stdout ~p~n", [2])
%% eval: io:put_chars(standard_error, "more stderr\n"), io:fwrite(standard_io, "~s~n", ["stdout again"])
%% eval: io:format(user, "via user~n", [])
%% Output to standard_error is not on stdout; standard_io and user are
-module(eval_stderr).
