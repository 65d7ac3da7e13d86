#!/usr/bin/env bash
# Regenerates the generated tables in docs/: instruction coverage (from a conformance run that
# counts executed instructions) and BIF coverage (against the BIFs real erl reports).
set -euo pipefail
cd "$(dirname "$0")/.."
girder=${GIRDER:-${CARGO_TARGET_DIR:-target}/release/girder}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

escript scripts/erl_bifs.escript > "$tmp/erl_bifs.txt"
"$girder" bif-table "$tmp/erl_bifs.txt" > docs/bifs.md
echo "docs/bifs.md: $(grep -o 'implements [0-9]* of [0-9]*' docs/bifs.md)"

GIRDER_COUNT_INSTRS="$tmp/counts" cargo test --release -q -p emulator-tests --test conformance >/dev/null 2>&1 || true
"$girder" instr-table "$tmp/counts" > docs/instructions.md
echo "docs/instructions.md regenerated"
