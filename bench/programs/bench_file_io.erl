%% Writes a 200 MB file in 64 KB chunks through a raw binary handle, reads it back in 64 KB
%% chunks, and deletes it (in the system temporary directory).
-module(bench_file_io).
-export([main/0]).

main() ->
    Path = os:getenv("TMPDIR", "/tmp") ++ "/bench_file_io." ++ os:getpid(),
    Chunk = binary:copy(<<"0123456789abcdef">>, 4096),
    T0 = erlang:monotonic_time(),
    {ok, W} = prim_file:open(Path, [write, binary]),
    ok = write(W, Chunk, 3200),
    ok = prim_file:close(W),
    {ok, R} = prim_file:open(Path, [read, binary]),
    Size = read(R, 0),
    ok = prim_file:close(R),
    T1 = erlang:monotonic_time(),
    ok = prim_file:delete(Path),
    erlang:display({bench, file_io, erlang:convert_time_unit(T1 - T0, native, microsecond), Size}).

write(_F, _C, 0) -> ok;
write(F, C, N) -> ok = prim_file:write(F, C), write(F, C, N - 1).

read(F, N) ->
    case prim_file:read(F, 65536) of
        {ok, B} -> read(F, N + byte_size(B));
        eof -> N
    end.
