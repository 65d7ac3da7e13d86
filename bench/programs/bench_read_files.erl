%% read_file/1 of 10,000 small files (made first, in a fresh directory of the system temporary
%% directory, and removed after).
-module(bench_read_files).
-export([main/0]).

main() ->
    Dir = os:getenv("TMPDIR", "/tmp") ++ "/bench_read_files." ++ os:getpid(),
    ok = prim_file:make_dir(Dir),
    Names = [Dir ++ "/f" ++ integer_to_list(I) || I <- lists:seq(1, 10000)],
    [ok = prim_file:write_file(N, integer_to_list(I)) || {I, N} <- lists:zip(lists:seq(1, 10000), Names)],
    T0 = erlang:monotonic_time(),
    Total = lists:foldl(fun(N, Acc) -> {ok, B} = prim_file:read_file(N), Acc + byte_size(B) end,
                        0, Names),
    T1 = erlang:monotonic_time(),
    [ok = prim_file:delete(N) || N <- Names],
    ok = prim_file:del_dir(Dir),
    erlang:display({bench, read_files, erlang:convert_time_unit(T1 - T0, native, microsecond), Total}).
