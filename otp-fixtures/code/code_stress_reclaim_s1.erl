%% args: +S 1 -s NAME main
%% 10,000 processes call into a module with qualified calls, each keeping a literal of the
%% version it started in, while this process loads a new version 100 times and purges each old
%% one. Workers then wait until the end, holding their literal (which outlives the version it
%% came from), and report. Every worker is either killed by a purge while in old code, or ends
%% in a version that was current with its literal intact (erl's rules); workers started after
%% the last load end in the last version; and the memory of purged code is given back:
%% erlang:memory(code) ends within a few versions of where it started.
-module(code_stress_reclaim_s1).
-include("code_stress_reclaim.hrl").
