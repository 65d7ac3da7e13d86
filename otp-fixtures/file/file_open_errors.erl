%% prim_file:open/2 errors: missing files and directories, a file used as a directory, bad
%% names (NUL inside, atoms, integers, improper lists), bad mode lists, a 10,000 character
%% name and an over-long component, writing where nothing may be written.
%% tmpdir:
-module(file_open_errors).
-export([main/0]).

t(F) -> try s(F()) catch C:R -> {C, R} end.

s({ok, {file_descriptor, prim_file, _} = Fd}) -> ok = prim_file:close(Fd), ok_fd;
s(X) -> X.

main() ->
    ok = prim_file:write_file("f", <<"x">>),
    Names = ["missing", "missing/x", "f/x", "f/", "", "a\0b", <<"a", 0, "b">>, abc, 42,
             [$a | b], [$a, [$b, [$c]]], [<<"f">>], {f}, lists:duplicate(10000, $a),
             lists:duplicate(256, $a), lists:duplicate(255, $a), "/proc/version",
             "/proc/no_such_file_here", "/proc/self/no/such"],
    [erlang:display({case N of
                         _ when is_list(N), length(N) > 100 -> {long, length(N)};
                         _ -> N
                     end,
                     t(fun() -> prim_file:open(N, [read]) end),
                     t(fun() -> prim_file:open(N, [write]) end)}) || N <- Names],
    erlang:display(t(fun() -> prim_file:open("f", read) end)),
    erlang:display(t(fun() -> prim_file:open("f", [read | write]) end)),
    erlang:display(t(fun() -> prim_file:read_file(lists:duplicate(10000, $a)) end)),
    erlang:display(t(fun() -> prim_file:write_file("/proc/version", <<"x">>) end)),
    ok.
