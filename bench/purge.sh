#!/usr/bin/env bash
# Times erlang:purge_module/1 with 100,000 live processes that do not run the purged module,
# on girder and on real erl (bench/purge_bench.erl). Environment: GIRDER (binary, default
# target/release/girder).
set -euo pipefail
cd "$(dirname "$0")/.."

GIRDER=${GIRDER:-${CARGO_TARGET_DIR:-target}/release/girder}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
erlc -I otp-fixtures/code -o "$work" bench/purge_bench.erl
g=$("$GIRDER" +P 200000 -noshell -pa "$work" -s purge_bench main -s erlang halt)
e=$(erl +P 200000 -noshell -pa "$work" -s purge_bench main -s erlang halt)
echo "girder purge_module/1 beside 100,000 processes: $g"
echo "erl purge_module/1 beside 100,000 processes:    $e"
secs() { sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$1"; }
awk -v g="$(secs "$g")" -v e="$(secs "$e")" 'BEGIN { printf "ratio girder/erl:                               %.3f\n", g / e }'
