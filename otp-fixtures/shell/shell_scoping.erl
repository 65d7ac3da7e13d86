%% shell:
%% stdin: file:shell_scoping.txt
%% A shell session on a pipe: variables bound in case, try, begin and receive stay bound, funs
%% capture bindings, a syntax error or a badmatch binds nothing, f/1 and a fun made before it
-module(shell_scoping).
