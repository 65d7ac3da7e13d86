%% Version 1 of cl_spin, for the stress fixtures.
-module(cl_spin).
-export([version/0, spin/2, idle/0]).
version() -> 1.
%% N fully qualified calls, then reports the version it ends in.
spin(0, From) -> From ! {self(), ?MODULE:version()};
spin(N, From) -> _ = ?MODULE:version(), ?MODULE:spin(N - 1, From).
idle() -> receive {From, stop} -> From ! {self(), version()} end.
