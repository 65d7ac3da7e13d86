%% shell:
%% stdin: file:shell_strings.txt
%% A shell session on a pipe: strings and characters, string module, io_lib, unicode results printed by the shell
-module(shell_strings).
