%% shell:
%% stdin: file:shell_processes.txt
%% A shell session on a pipe: processes from the shell, without printing pids
-module(shell_processes).
