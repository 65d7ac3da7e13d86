%% An uncaught error raised with erlang:error/3 and error_info: the do_boot line shows the
%% arguments in the top frame and the error_info in its location list.
-module(crash_error_info).
-export([main/0]).

main() ->
    erlang:display(raising),
    erlang:error(my_reason, [arg1, {arg, 2}], [{error_info, #{module => crash_error_info, cause => test}}]).
