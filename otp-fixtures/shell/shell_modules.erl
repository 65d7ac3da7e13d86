%% shell:
%% stdin: file:shell_modules.txt
%% A shell session on a pipe: calls to this module's functions, module_info, m/1 on it (its
%% exports in erl's order), code:which, an undefined function of a loaded module, nl/1 and rpc/erpc calls
-module(shell_modules).
-export([double/1, greet/1, zeta/0, alpha/2, alpha/1]).
double(X) -> 2 * X.
greet(Name) -> io:format("hello ~s~n", [Name]).
zeta() -> last.
alpha(A, B) -> {A, B}.
alpha(A) -> alpha(A, A).
