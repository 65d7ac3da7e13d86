%% shell:
%% stdin: file:shell_syntax.txt
%% A shell session on a pipe: syntax errors, unbound variables, illegal patterns, unsafe bindings
-module(shell_syntax).
