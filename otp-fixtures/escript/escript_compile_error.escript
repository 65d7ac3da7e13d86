#!/usr/bin/env escript
%% exit: 127
%% An escript that does not compile (a call to an undefined local function): nothing runs
main(_) ->
    io:format("never printed~n"),
    undefined_local(1).
