%% shell:
%% stdin: file:shell_bindings.txt
%% A shell session on a pipe: bindings, pattern matching, b(), f(X), f()
-module(shell_bindings).
