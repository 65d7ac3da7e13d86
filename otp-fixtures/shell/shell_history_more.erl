%% shell:
%% stdin: file:shell_history_more.txt
%% A shell session on a pipe: v/1 with positive and negative numbers, e/1 re-evaluation, h(), history of errors
-module(shell_history_more).
