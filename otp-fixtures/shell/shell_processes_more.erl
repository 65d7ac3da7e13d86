%% shell:
%% stdin: file:shell_processes_more.txt
%% A shell session on a pipe: links and monitors in the shell, exits of linked processes, trap_exit, flush(), c:pid/3
-module(shell_processes_more).
