%% eval: io:format("~p~n", [init:get_plain_arguments()]), io:format("~p~n", [init:get_argument(extra)]), halt()
%% args: -extra alpha -beta "gamma delta" -- +S
%% -extra: everything after it is a plain argument (so the harness's final halt flags are too)
-module(eval_extra).
