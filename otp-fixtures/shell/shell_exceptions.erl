%% shell:
%% stdin: file:shell_exceptions.txt
%% A shell session on a pipe: every exception class and the extended error info of BIFs
-module(shell_exceptions).
