%% prim_file:open/2 with every mode: read, write (truncates), append, read+write (keeps the
%% contents), exclusive, sync, binary, raw, read_ahead, directory; what each allows.
%% tmpdir:
-module(file_open_modes).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

s({ok, {file_descriptor, prim_file, _}}) -> ok_fd;
s(X) -> X.

main() ->
    ok = prim_file:write_file("f", <<"0123456789">>),
    Try = fun(Modes) ->
                  ok = prim_file:write_file("f", <<"0123456789">>),
                  R = case prim_file:open("f", Modes) of
                          {ok, Fd} ->
                              Rd = t(fun() -> prim_file:read(Fd, 4) end),
                              Wr = t(fun() -> prim_file:write(Fd, <<"ab">>) end),
                              Pos = t(fun() -> prim_file:position(Fd, cur) end),
                              ok = prim_file:close(Fd),
                              {Rd, Wr, Pos};
                          Error ->
                              Error
                      end,
                  {Modes, R, prim_file:read_file("f")}
          end,
    Sets = [[read], [write], [append], [read, write], [read, append], [write, read, binary],
            [read, binary, raw], [read, sync], [write, sync], [read, read_ahead],
            [read, {read_ahead, 3}], [write, delayed_write], [write, {delayed_write, 10, 10}],
            [], [binary], [read, write, exclusive], [read, bogus_mode, 42]],
    [erlang:display(Try(M)) || M <- Sets],
    erlang:display(s(prim_file:open("new1", [write, exclusive]))),
    erlang:display(prim_file:read_file("new1")),
    erlang:display(s(prim_file:open("new1", [write, exclusive]))),
    erlang:display(s(prim_file:open("new2", [append]))),
    erlang:display(prim_file:read_file_info("new2", [{time, posix}]) =/= {error, enoent}),
    erlang:display(s(prim_file:open("missing", [read]))),
    ok = prim_file:make_dir("d"),
    {ok, D} = prim_file:open("d", [read, directory]),
    erlang:display(prim_file:read(D, 10)),
    erlang:display(prim_file:close(D)),
    erlang:display(s(prim_file:open("d", [read]))),
    erlang:display(s(prim_file:open("d", [write]))),
    erlang:display(s(prim_file:open("f", [read, directory]))),
    ok.
