#!/usr/bin/env bash
# Boot benchmarks, erl and girder in one run, side by side:
#   halt   wall time of `-noshell -eval 'halt().'` (boot, run init's -eval, stop) and its peak RSS;
#   prompt wall time from start to the Eshell's first prompt `1> ` with standard input a pipe,
#          and the RSS at that moment (read from /proc while the shell waits for input).
# Each figure is the median of BOOT_RUNS runs (default 7); ratios are girder/erl.
#
# Usage: bench/boot.sh
# Environment: GIRDER (girder binary; default $CARGO_TARGET_DIR/release/girder or
#              target/release/girder), BOOT_RUNS.
set -uo pipefail

# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"
runs="${BOOT_RUNS:-7}"
bench_require erl

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now_us() { echo $(($(date +%s%N) / 1000)); }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# halt VM -> prints "MICROS RSS_KB"
halt_run() {
    local start end rss
    start=$(now_us)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$work/rss" "$@" -noshell -eval 'halt().' >/dev/null 2>&1
        rss=$(tail -n 1 "$work/rss")
    else
        "$@" -noshell -eval 'halt().' >/dev/null 2>&1
        rss=0
    fi
    end=$(now_us)
    echo "$((end - start)) $rss"
}

# prompt VM -> prints "MICROS RSS_KB" (RSS of the VM while it waits at the first prompt)
prompt_run() {
    local fifo="$work/in" out="$work/out" start end pid rss i
    rm -f "$fifo" "$out"
    mkfifo "$fifo"
    start=$(now_us)
    "$@" <"$fifo" >"$out" 2>&1 &
    pid=$!
    exec 3>"$fifo"
    for ((i = 0; i < 6000; i++)); do
        if grep -q '1> ' "$out" 2>/dev/null; then break; fi
        sleep 0.002
    done
    end=$(now_us)
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
    printf 'q().\n' >&3
    exec 3>&-
    wait "$pid" 2>/dev/null
    echo "$((end - start)) ${rss:-0}"
}

measure() { # KIND VM... -> "MEDIAN_MICROS MEDIAN_RSS"
    local kind="$1" i
    shift
    for ((i = 0; i < runs; i++)); do "${kind}_run" "$@"; done >"$work/samples"
    echo "$(cut -d' ' -f1 "$work/samples" | median) $(cut -d' ' -f2 "$work/samples" | median)"
}

printf '%-8s %12s %12s %7s %11s %11s %7s\n' boot "erl (ms)" "girder (ms)" ratio "erl RSS" "girder RSS" ratio
for kind in halt prompt; do
    read -r e_us e_kb <<<"$(measure "$kind" erl)"
    read -r g_us g_kb <<<"$(measure "$kind" "$girder")"
    awk -v k="$kind" -v et="$e_us" -v gt="$g_us" -v em="$e_kb" -v gm="$g_kb" 'BEGIN {
        printf "%-8s %12.1f %12.1f %7.2f %8.1f MB %8.1f MB %7.2f\n", k, et / 1000, gt / 1000,
            (et > 0 ? gt / et : 0), em / 1024, gm / 1024, (em > 0 ? gm / em : 0) }'
done
