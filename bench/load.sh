#!/usr/bin/env bash
# Loads every .beam of Erlang/OTP 25 under /usr/lib/erlang with girder (`girder load-bench`:
# prepare() in-process over files read beforehand; then prepare() plus the load-time verifier)
# and with real erl (erlang:prepare_loading/2 inside erl, files read beforehand), and prints the
# times and the ratio girder prepare()/erl.
# Environment: GIRDER (binary, default target/release/girder), ROUNDS (passes, best counts; 5).
set -euo pipefail
cd "$(dirname "$0")/.."

GIRDER=${GIRDER:-${CARGO_TARGET_DIR:-target}/release/girder}
ROUNDS=${ROUNDS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

find /usr/lib/erlang -name '*.beam' | sort > "$work/beams.txt"
erlc -o "$work" bench/load_bench.erl

girder_line=$("$GIRDER" load-bench --rounds "$ROUNDS" --list "$work/beams.txt")
verify_line=$("$GIRDER" load-bench --rounds "$ROUNDS" --verify --list "$work/beams.txt")
erl_line=$(erl -noshell -pa "$work" -run load_bench main "$work/beams.txt" "$ROUNDS" -s init stop)

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
g=$(field seconds "$girder_line")
e=$(field seconds "$erl_line")
echo "files: $(field files "$girder_line") ($(field bytes "$girder_line") bytes), best of $ROUNDS passes"
echo "girder prepare():              ${g} s   (errors: $(field errors "$girder_line"))"
echo "girder prepare() + verify:     $(field seconds "$verify_line") s   (errors: $(field errors "$verify_line"))"
echo "erl erlang:prepare_loading/2:  ${e} s   (errors: $(field errors "$erl_line"))"
awk -v g="$g" -v e="$e" 'BEGIN { printf "ratio girder/erl:              %.3f\n", g / e }'
