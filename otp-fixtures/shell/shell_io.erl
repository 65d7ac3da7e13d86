%% shell:
%% stdin: file:shell_io.txt
%% A shell session on a pipe: io calls from the shell
-module(shell_io).
