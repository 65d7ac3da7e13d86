%% os:getenv/0,1, putenv/2, unsetenv/1, env/0: set, read back, overwrite, remove; unicode
%% values; what erl refuses (badarg) and what it answers false to.
%% env: GIRDER_FIXTURE_A=alpha -GIRDER_FIXTURE_B
-module(os_env).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    D = fun(X) -> erlang:display(X) end,
    D(os:getenv("GIRDER_FIXTURE_A")),
    D(os:getenv("GIRDER_FIXTURE_B")),
    D(os:getenv("GIRDER_FIXTURE_B", "default")),
    D(os:putenv("GIRDER_FIXTURE_B", "beta")),
    D(os:getenv("GIRDER_FIXTURE_B")),
    D(os:putenv("GIRDER_FIXTURE_B", [16#e9, 16#65e5])),
    D(os:getenv("GIRDER_FIXTURE_B")),
    D(os:putenv("GIRDER_FIXTURE_B", "")),
    D(os:getenv("GIRDER_FIXTURE_B")),
    D(lists:member("GIRDER_FIXTURE_A=alpha", os:getenv())),
    D(lists:member({"GIRDER_FIXTURE_A", "alpha"}, os:env())),
    D(os:unsetenv("GIRDER_FIXTURE_A")),
    D(os:getenv("GIRDER_FIXTURE_A")),
    D(lists:member({"GIRDER_FIXTURE_A", "alpha"}, os:env())),
    D(os:unsetenv("NEVER_SET_ANYWHERE_X")),
    D(t(fun() -> os:getenv(["GIRDER_", [<<"FIXTURE">>]]) end)),
    D(os:getenv(["GIRDER_", ["FIXTURE_B"]])),
    [D({Args, t(fun() -> apply(os, F, Args) end)})
     || {F, Args} <- [{getenv, [abc]}, {getenv, [<<"HOME">>]}, {getenv, [""]}, {getenv, ["A=B"]},
                      {getenv, [[-1]]}, {putenv, ["A=B", "x"]}, {putenv, ["X", abc]},
                      {putenv, ["X", "a\0b"]}, {putenv, [x, "y"]}, {unsetenv, [x]},
                      {unsetenv, ["A=B"]}, {getenv, ["a\0b"]}]],
    ok.
