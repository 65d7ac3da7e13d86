%% shell:
%% stdin: file:shell_forget.txt
%% A shell session on a pipe: bindings forgotten with f/1 and f/0, rebinding, b()
-module(shell_forget).
