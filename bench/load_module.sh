#!/usr/bin/env bash
# erlang:load_module/2 of every .beam of Erlang/OTP 25 that a fresh erl has not loaded, each
# then deleted and purged: the same program (bench/load_module_bench.erl, files read
# beforehand) on girder and on real erl. Prints both
# times and the ratio girder/erl. Environment: GIRDER (binary, default target/release/girder),
# ROUNDS (passes, best counts; default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

GIRDER=${GIRDER:-${CARGO_TARGET_DIR:-target}/release/girder}
ROUNDS=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

find /usr/lib/erlang -name '*.beam' | sort > "$work/all.txt"
erlc -o "$work" bench/load_module_bench.erl
erl -noshell -pa "$work" -run load_module_bench filter "$work/all.txt" "$work/beams.txt" -s init stop

girder_line=$("$GIRDER" -noshell -pa "$work" -run load_module_bench main "$work/beams.txt" "$ROUNDS" -s init stop)
erl_line=$(erl -noshell -pa "$work" -run load_module_bench main "$work/beams.txt" "$ROUNDS" -s init stop)

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
g=$(field seconds "$girder_line")
e=$(field seconds "$erl_line")
echo "files: $(field files "$girder_line") ($(field bytes "$girder_line") bytes), best of $ROUNDS passes"
echo "girder load, delete, purge:  ${g} s   (errors: $(field errors "$girder_line"))"
echo "erl load, delete, purge:     ${e} s   (errors: $(field errors "$erl_line"))"
awk -v g="$g" -v e="$e" 'BEGIN { printf "ratio girder/erl:            %.3f\n", g / e }'
