%% os:cmd/1,2 over a spawn port: small and large output, max_size.
-module(port_os_cmd).
-export([main/0]).
main() ->
    erlang:display(os:cmd("echo hello")),
    Big = os:cmd("seq 1 100000"),
    erlang:display({length(Big), lists:sublist(Big, 10)}),
    erlang:display(os:cmd("echo 1234567890", #{max_size => 4})),
    erlang:display(os:cmd("exit 3")),
    erlang:display(length(erlang:ports()) =:= length(erlang:ports())).
