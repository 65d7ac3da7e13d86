#!/usr/bin/env bash
# Runs every program in bench/programs/ (a module with main/0) on girder and on real erl and
# prints the wall-clock times (best of ROUNDS, default 3) and the ratio girder/erl. Both include
# start-up. Environment: GIRDER (binary, default target/release/girder), ROUNDS, BENCH_FILTER
# (run only programs whose name contains it).
set -euo pipefail
cd "$(dirname "$0")/.."

GIRDER=${GIRDER:-${CARGO_TARGET_DIR:-target}/release/girder}
ROUNDS=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best() {
    local best=""
    for _ in $(seq "$ROUNDS"); do
        local start end t
        start=$(date +%s.%N)
        "$@" > "$work/out.txt" 2>&1 || { echo "failed: $*" >&2; cat "$work/out.txt" >&2; echo "nan"; return; }
        end=$(date +%s.%N)
        t=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
        if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    echo "$best"
}

printf "%-22s %10s %10s %8s\n" program girder erl ratio
for src in bench/programs/*.erl; do
    name=$(basename "$src" .erl)
    case "$name" in *"${BENCH_FILTER:-}"*) ;; *) continue ;; esac
    erlc -o "$work" "$src"
    g=$(best "$GIRDER" -noshell -pa "$work" -s "$name" main)
    e=$(best erl -noshell -pa "$work" -s "$name" main -s erlang halt)
    r=$(awk -v g="$g" -v e="$e" 'BEGIN { if (e > 0 && g != "nan") printf "%.2f", g / e; else print "-" }')
    printf "%-22s %9ss %9ss %8s\n" "$name" "$g" "$e" "$r"
done
