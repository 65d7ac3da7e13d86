%% Records: creation with defaults, field access, update, nested records, record patterns in
%% function heads, record_info, records as tuples, and #rec.field index expressions.
-module(control_records).
-export([main/0]).

-record(person, {name, age = 0, tags = []}).
-record(team, {lead = #person{name = nobody}, members = [], size = 0}).

main() ->
    P = #person{name = "Ann"},
    erlang:display(P),
    P2 = P#person{age = 31, tags = [admin]},
    erlang:display({P2#person.name, P2#person.age, P2#person.tags}),
    erlang:display({#person.name, #person.age, #person.tags, record_info(fields, person), record_info(size, person)}),
    T = #team{},
    erlang:display(T),
    T2 = T#team{lead = P2, members = [P, P2], size = 2},
    erlang:display((T2#team.lead)#person.name),
    erlang:display(T2#team.lead#person.age),
    erlang:display([describe(X) || X <- [P, P2, T2, {person, "Raw", 5, []}, {person, x}]]),
    erlang:display(lists:keyfind("Ann", #person.name, [P2, P])),
    erlang:display(lists:sort(fun(A, B) -> A#person.age =< B#person.age end,
                              [#person{name = N, age = A} || {N, A} <- [{"c", 3}, {"a", 1}, {"b", 2}]])),
    erlang:display(element(1, P) =:= person),
    ok.

describe(#person{name = N, age = A}) when A > 30 -> {senior, N};
describe(#person{name = N}) -> {person, N};
describe(#team{size = S}) -> {team, S};
describe(_) -> unknown.
