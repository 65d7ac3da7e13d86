%% shell:
%% stdin: file:shell_records.txt
%% A shell session on a pipe: rd/2, record syntax and rl/rf
-module(shell_records).
