%% eval: error_logger:error_msg("error_msg ~p~n", [one])
%% eval: error_logger:warning_msg("warning_msg ~s~n", ["two"])
%% eval: error_logger:info_msg("info_msg is below the default level~n")
%% eval: error_logger:error_report([{tag, value}, plain_term])
%% eval: error_logger:error_report(my_type, [{a, 1}])
%% eval: error_logger:warning_report({x, y})
%% eval: logger:error(#{label => {fx, lab}, report => [{k, v}]})
%% eval: timer:sleep(100)
%% error_logger's calls and reports through logger's default handler
-module(eval_error_logger).
