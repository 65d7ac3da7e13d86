%% shell:
%% stdin: file:shell_records_more.txt
%% A shell session on a pipe: rd with defaults and types, nested records, record info, rl of one record, rf/0
-module(shell_records_more).
