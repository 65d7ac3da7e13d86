%% args: -s NAME no_such_function
%% The start flags name a function the module does not export: undef with the call's module,
%% function and arguments ([] for -s without arguments).
-module(crash_undef_function).
-export([main/0]).

main() -> erlang:display(never_called).
