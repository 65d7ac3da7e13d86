%% shell:
%% stdin: file:shell_multi.txt
%% A shell session on a pipe: several expressions per line and q()
-module(shell_multi).
