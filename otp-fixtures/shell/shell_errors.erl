%% shell:
%% stdin: file:shell_errors.txt
%% A shell session on a pipe: exceptions printed by the shell
-module(shell_errors).
