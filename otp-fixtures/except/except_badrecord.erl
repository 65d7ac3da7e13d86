%% Records: accessing or updating a field of something that is not that record raises
%% {badrecord, Term}; record tests in guards simply fail.
-module(except_badrecord).
-export([main/0]).

-record(point, {x = 0, y = 0}).
-record(other, {x}).

show(F) -> try F() catch C:R:S -> {C, R, S} end.

main() ->
    P = id(#point{x = 1, y = 2}),
    O = id(#other{x = 5}),
    erlang:display(show(fun() -> P#point.x end)),
    erlang:display(show(fun() -> O#point.x end)),
    erlang:display(show(fun() -> (id({point, 1}))#point.y end)),
    erlang:display(show(fun() -> (id(not_a_record))#point.x end)),
    erlang:display(show(fun() -> O#point{y = 9} end)),
    erlang:display(show(fun() -> P#point{y = 9} end)),
    erlang:display(show(fun() -> (id([]))#other{x = 1} end)),
    erlang:display([kind(T) || T <- [P, O, {point, 1, 2, 3}, {point}, point, {}]]),
    ok.

id(X) -> X.

kind(T) when is_record(T, point) -> point;
kind(T) when is_record(T, other) -> other;
kind(_) -> neither.
