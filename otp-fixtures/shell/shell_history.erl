%% shell:
%% stdin: file:shell_history.txt
%% A shell session on a pipe: v(N) and history expressions
-module(shell_history).
