%% The fixture module itself has an on_load function: it runs before the first call into the
%% module, which is not loaded until then; afterwards the module is current.
-module(code_on_load_demand).
-on_load(init/0).
-export([main/0, init/0, helper/0]).

init() ->
    erlang:display({on_load_runs, erlang:module_loaded(?MODULE)}),
    ok.

helper() -> helped.

main() ->
    erlang:display({main, erlang:module_loaded(?MODULE), ?MODULE:helper()}),
    erlang:display(erlang:check_old_code(?MODULE)),
    erlang:display(catch erlang:call_on_load_function(?MODULE)),
    ok.
