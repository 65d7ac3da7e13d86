%% Changing TZ with os:putenv/2 while running: as in erl, the os environment is the VM's own
%% copy, so the local time conversions keep the TZ the system started with.
%% env: TZ=UTC
-module(os_putenv_tz).
-export([main/0]).

main() ->
    U = {{2021,7,1},{12,0,0}},
    [begin
         true = os:putenv("TZ", Zone),
         erlang:display({Zone, erlang:universaltime_to_localtime(U),
                         erlang:localtime_to_universaltime(U)})
     end || Zone <- ["UTC", "Europe/Stockholm", "America/New_York", "Asia/Kolkata", "UTC"]],
    true = os:unsetenv("TZ"),
    erlang:display(erlang:localtime_to_universaltime(U)),
    ok.
