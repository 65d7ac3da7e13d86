%% shell:
%% stdin: file:shell_terms.txt
%% A shell session on a pipe: printing of terms: strings, binaries, maps, tuples
-module(shell_terms).
