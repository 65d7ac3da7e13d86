%% 1,000 files open at once, each written, read back through its own handle, then closed; a
%% handle used by a process that does not own it.
%% tmpdir:
-module(file_many_handles).
-export([main/0]).

main() ->
    Hs = [begin
              Name = "f" ++ integer_to_list(I),
              {ok, H} = prim_file:open(Name, [read, write, binary]),
              ok = prim_file:write(H, integer_to_list(I * I)),
              {I, H}
          end || I <- lists:seq(1, 1000)],
    Ok = [begin
              {ok, 0} = prim_file:position(H, bof),
              {ok, B} = prim_file:read(H, 100),
              binary_to_integer(B) =:= I * I
          end || {I, H} <- Hs],
    erlang:display(lists:usort(Ok)),
    [ok = prim_file:close(H) || {_, H} <- Hs],
    {ok, H1} = prim_file:open("f1", [read]),
    Self = self(),
    spawn(fun() -> Self ! {other, try prim_file:read(H1, 1) catch C:E -> {C, E} end} end),
    receive {other, R} -> erlang:display(R) end,
    erlang:display(prim_file:read(H1, 1)),
    erlang:display(prim_file:close(H1)),
    ok.
