%% shell:
%% stdin: file:shell_begin_end.txt
%% A shell session on a pipe: multi-line expressions, case, receive with after, if, begin/end spread over lines
-module(shell_begin_end).
