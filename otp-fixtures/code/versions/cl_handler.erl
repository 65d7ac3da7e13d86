%% An error handler module: answers every call of an undefined function.
-module(cl_handler).
-export([undefined_function/3, undefined_lambda/3]).
undefined_function(M, F, A) -> {handled, M, F, A}.
undefined_lambda(M, _F, A) -> {handled_lambda, M, A}.
