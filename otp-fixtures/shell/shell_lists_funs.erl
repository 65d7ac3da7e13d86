%% shell:
%% stdin: file:shell_lists_funs.txt
%% A shell session on a pipe: list comprehensions with several generators and filters, funs capturing variables, named funs, fun references
-module(shell_lists_funs).
