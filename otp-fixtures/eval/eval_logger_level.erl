%% args: -kernel logger_level warning
%% eval: io:format("~p~n", [logger:get_primary_config()])
%% eval: logger:notice("notice is filtered")
%% eval: logger:warning("warning ~p", [shown])
%% eval: logger:error(#{what => report, value => [1, 2, 3]})
%% eval: logger:error("~s and ~w", ["string", {tuple}])
%% eval: logger:set_primary_config(level, debug), logger:info("info now shown"), logger:debug("debug ~p", [too])
%% eval: logger:set_primary_config(level, emergency), logger:alert("alert dropped"), logger:emergency("emergency kept")
%% eval: timer:sleep(100)
%% The logger level set with -kernel logger_level, changed at run time
-module(eval_logger_level).
