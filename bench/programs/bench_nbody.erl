%% Benchmark: the n-body simulation (five bodies, 200,000 steps): float arithmetic on tuples.
-module(bench_nbody).
-export([main/0]).

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).

bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * ?DAYS_PER_YEAR, 7.69901118419740425e-03 * ?DAYS_PER_YEAR,
      -6.90460016972063023e-05 * ?DAYS_PER_YEAR, 9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * ?DAYS_PER_YEAR, 4.99852801234917238e-03 * ?DAYS_PER_YEAR,
      2.30417297573763929e-05 * ?DAYS_PER_YEAR, 2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * ?DAYS_PER_YEAR, 2.37847173959480950e-03 * ?DAYS_PER_YEAR,
      -2.96589568540237556e-05 * ?DAYS_PER_YEAR, 4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * ?DAYS_PER_YEAR, 1.62824170038242295e-03 * ?DAYS_PER_YEAR,
      -9.51592254519715870e-05 * ?DAYS_PER_YEAR, 5.15138902046611451e-05 * ?SOLAR_MASS}].

main() ->
    B0 = offset(bodies()),
    T0 = erlang:monotonic_time(),
    B = advance(200000, B0),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, nbody, erlang:convert_time_unit(T1 - T0, native, microsecond),
                    float_to_list(energy(B), [{decimals, 9}])}).

offset([{X, Y, Z, _, _, _, M} = Sun | Rest]) ->
    {PX, PY, PZ} = lists:foldl(fun({_, _, _, VX, VY, VZ, BM}, {A, B, C}) -> {A + VX * BM, B + VY * BM, C + VZ * BM} end,
                               {0.0, 0.0, 0.0}, [Sun | Rest]),
    [{X, Y, Z, -PX / ?SOLAR_MASS, -PY / ?SOLAR_MASS, -PZ / ?SOLAR_MASS, M} | Rest].

advance(0, B) -> B;
advance(N, B) -> advance(N - 1, move(velocities(B))).

velocities([]) -> [];
velocities([Body | Rest]) ->
    {Body1, Rest1} = pairs(Body, Rest, []),
    [Body1 | velocities(Rest1)].

pairs(B, [], Acc) -> {B, lists:reverse(Acc)};
pairs({X1, Y1, Z1, VX1, VY1, VZ1, M1}, [{X2, Y2, Z2, VX2, VY2, VZ2, M2} | Rest], Acc) ->
    DX = X1 - X2, DY = Y1 - Y2, DZ = Z1 - Z2,
    D2 = DX * DX + DY * DY + DZ * DZ,
    Mag = 0.01 / (D2 * math:sqrt(D2)),
    pairs({X1, Y1, Z1, VX1 - DX * M2 * Mag, VY1 - DY * M2 * Mag, VZ1 - DZ * M2 * Mag, M1}, Rest,
          [{X2, Y2, Z2, VX2 + DX * M1 * Mag, VY2 + DY * M1 * Mag, VZ2 + DZ * M1 * Mag, M2} | Acc]).

move(B) -> [{X + 0.01 * VX, Y + 0.01 * VY, Z + 0.01 * VZ, VX, VY, VZ, M} || {X, Y, Z, VX, VY, VZ, M} <- B].

energy(B) -> energy(B, 0.0).
energy([], E) -> E;
energy([{X, Y, Z, VX, VY, VZ, M} | Rest], E) ->
    E1 = E + 0.5 * M * (VX * VX + VY * VY + VZ * VZ),
    energy(Rest, lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, Acc) ->
                                     DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
                                     Acc - M * M2 / math:sqrt(DX * DX + DY * DY + DZ * DZ)
                             end, E1, Rest)).
