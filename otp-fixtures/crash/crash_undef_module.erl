%% args: -s crash_no_such_module_xyzzy start a b
%% The start flags name a module that cannot be loaded: undef with the atom arguments.
-module(crash_undef_module).
-export([main/0]).

main() -> erlang:display(never_called).
