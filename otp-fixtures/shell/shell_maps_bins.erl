%% shell:
%% stdin: file:shell_maps_bins.txt
%% A shell session on a pipe: maps and binaries, updates, matching, comprehensions
-module(shell_maps_bins).
