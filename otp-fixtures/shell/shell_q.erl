%% shell:
%% stdin: file:shell_q.txt
%% A shell session on a pipe: output, then q() ends the node; nothing after it runs
-module(shell_q).
