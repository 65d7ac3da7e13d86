%% shell:
%% stdin: file:shell_catch.txt
%% A shell session on a pipe: catch and try expressions, after clauses, stack traces kept
-module(shell_catch).
