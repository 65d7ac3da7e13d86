#!/usr/bin/env bash
# Peak memory (maximum resident set size) of the process benchmarks on girder and on real erl,
# measured with GNU time. Environment: GIRDER (binary, default target/release/girder),
# BENCH_FILTER (default: proc_spawn_million).
set -euo pipefail
cd "$(dirname "$0")/.."

GIRDER=${GIRDER:-${CARGO_TARGET_DIR:-target}/release/girder}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }

printf "%-22s %12s %12s\n" program "girder (KB)" "erl (KB)"
for src in bench/programs/proc_*.erl; do
    name=$(basename "$src" .erl)
    case "$name" in *"${BENCH_FILTER:-proc_spawn_million}"*) ;; *) continue ;; esac
    erlc -o "$work" "$src"
    read -r -a flags <<<"$(sed -n 's/^%% bench-flags: //p' "$src")"
    g=$(peak "$GIRDER" "${flags[@]}" -noshell -pa "$work" -s "$name" main)
    e=$(peak erl "${flags[@]}" -noshell -pa "$work" -s "$name" main -s erlang halt)
    printf "%-22s %12s %12s\n" "$name" "$g" "$e"
done
