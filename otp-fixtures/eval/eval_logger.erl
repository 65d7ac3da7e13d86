%% eval: logger:error("an error ~p", [1])
%% eval: logger:warning("a warning")
%% eval: logger:notice("notice")
%% eval: logger:info("info is filtered")
%% eval: error_logger:error_msg("classic ~s~n", ["msg"])
%% eval: timer:sleep(100)
%% -eval: logger calls print through the default handler
-module(eval_logger).
