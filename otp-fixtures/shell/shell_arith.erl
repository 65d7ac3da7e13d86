%% shell:
%% stdin: file:shell_arith.txt
%% A shell session on a pipe: arithmetic, integers, floats and bignums
-module(shell_arith).
