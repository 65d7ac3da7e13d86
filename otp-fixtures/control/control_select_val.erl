%% Dense and sparse integer and atom clause sets (which the compiler compiles to select_val jump
%% tables or binary searches), probed on every value around their edges.
-module(control_select_val).
-export([main/0]).

dense(0) -> d0; dense(1) -> d1; dense(2) -> d2; dense(3) -> d3; dense(4) -> d4; dense(5) -> d5;
dense(6) -> d6; dense(7) -> d7; dense(8) -> d8; dense(9) -> d9; dense(10) -> d10; dense(11) -> d11;
dense(12) -> d12; dense(13) -> d13; dense(14) -> d14; dense(15) -> d15; dense(_) -> dense_other.

sparse(-1000) -> s1; sparse(-7) -> s2; sparse(0) -> s3; sparse(3) -> s4; sparse(100) -> s5;
sparse(1023) -> s6; sparse(65536) -> s7; sparse(576460752303423487) -> s8;
sparse(-576460752303423488) -> s9; sparse(1 bsl 64) -> s10; sparse(_) -> sparse_other.

atoms(alpha) -> 1; atoms(beta) -> 2; atoms(gamma) -> 3; atoms(delta) -> 4; atoms(epsilon) -> 5;
atoms(zeta) -> 6; atoms(eta) -> 7; atoms(theta) -> 8; atoms(iota) -> 9; atoms(kappa) -> 10;
atoms(lambda) -> 11; atoms(mu) -> 12; atoms(_) -> 0.

floats(1.0) -> f1; floats(2.5) -> f2; floats(-0.5) -> f3; floats(_) -> f_other.

main() ->
    erlang:display([dense(X) || X <- lists:seq(-3, 18)]),
    erlang:display([dense(X) || X <- [1.0, a, 1 bsl 70, "1"]]),
    erlang:display([sparse(X) || X <- [-1000, -999, -7, -8, 0, 3, 4, 100, 1023, 1024, 65536, 65535,
                                       576460752303423487, -576460752303423488, 1 bsl 64, (1 bsl 64) + 1, 0.0]]),
    erlang:display([atoms(X) || X <- [alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa,
                                      lambda, mu, nu, 'Alpha', "alpha", 1]]),
    erlang:display([floats(X) || X <- [1.0, 1, 2.5, -0.5, -0.0, 0.0, x]]),
    ok.
