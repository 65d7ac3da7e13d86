%% shell:
%% stdin: file:shell_funs.txt
%% A shell session on a pipe: funs, list comprehensions, catch and multi-line input
-module(shell_funs).
