#!/usr/bin/env bash
# Runs the benchmark programs in bench/programs/ on real erl and on girder, one after the other,
# and prints a table: each program's own timing of its work (it prints {bench, Name, Micros, Check}),
# the ratio girder/erl, the geometric mean of the ratios, and the peak RSS of every run.
# A program may also print `{bench_phase,Name,Micros,Check}` lines (the parts of its work, shown
# as indented rows under it, not in the mean) and `{bench_memory,Name,Value}` lines (a figure
# such as bytes per object, shown with both VMs' values and their ratio).
# A program's `%% bench-flags: ...` line gives emulator flags both VMs get (e.g. `+P 1100000`).
#
# Usage: bench/run.sh [PROGRAM...]     (names without .erl, e.g. bench_fib; default: all)
# Environment: GIRDER (girder binary; default $CARGO_TARGET_DIR/release/girder or target/release/girder),
#              BENCH_TIMEOUT (seconds per run, default 300).
set -uo pipefail

# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"
timeout_s="${BENCH_TIMEOUT:-300}"
bench_require erl erlc

# Peak RSS comes from GNU time when it is installed; otherwise the column says n/a.
gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' true >/dev/null 2>&1; then
    gnu_time=/usr/bin/time
else
    echo "bench: /usr/bin/time (GNU time) not found, peak RSS not measured (apt-get install time)" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ $# -gt 0 ]; then
    programs=("$@")
else
    programs=()
    for f in bench/programs/*.erl; do programs+=("$(basename "$f" .erl)"); done
fi

sources=()
for p in "${programs[@]}"; do
    if [ ! -f "bench/programs/$p.erl" ]; then
        echo "bench: no such program bench/programs/$p.erl" >&2
        exit 1
    fi
    sources+=("bench/programs/$p.erl")
done
if ! erlc +deterministic -o "$work" "${sources[@]}"; then
    echo "bench: compiling the benchmark programs failed" >&2
    exit 1
fi

# run VM PROGRAM -> sets run_status, run_line (the {bench,...} line), run_rss (KB or n/a)
run() {
    local vm="$1" prog="$2" out="$work/$1.$2.out" rss="$work/$1.$2.rss"
    local cmd flags
    # A `%% bench-flags: ...` line in the program gives emulator flags both VMs get.
    read -r -a flags <<<"$(sed -n 's/^%% bench-flags: //p' "bench/programs/$prog.erl")"
    if [ "$vm" = erl ]; then
        cmd=(erl "${flags[@]}" -noshell -pa "$work" -s "$prog" main -s erlang halt)
    else
        cmd=("$girder" "${flags[@]}" -noshell -pa "$work" -s "$prog" main -s erlang halt)
    fi
    if [ -n "$gnu_time" ]; then
        ERL_CRASH_DUMP_SECONDS=0 timeout "$timeout_s" "$gnu_time" -f '%M' -o "$rss" "${cmd[@]}" >"$out" 2>"$work/$vm.$prog.err"
        run_status=$?
        run_rss="$(tail -n 1 "$rss" 2>/dev/null)"
        case "$run_rss" in ''|*[!0-9]*) run_rss="n/a" ;; *) run_rss="$(awk -v k="$run_rss" 'BEGIN { printf "%.1f MB", k / 1024 }')" ;; esac
    else
        ERL_CRASH_DUMP_SECONDS=0 timeout "$timeout_s" "${cmd[@]}" >"$out" 2>"$work/$vm.$prog.err"
        run_status=$?
        run_rss="n/a"
    fi
    run_line="$(grep -a -m1 '^{bench,' "$out" | tr -d '\r')"
    run_out="$out"
}

# The {bench_phase,...} and {bench_memory,...} lines of the runs: detail rows under a program.
details() {
    local erl_out="$1" g_out="$2" line name e g eu gu ratio note
    while IFS= read -r line; do
        name="$(echo "$line" | sed -E 's/^\{bench_phase,([^,]*),.*$/\1/')"
        e="$(echo "$line" | sed -E 's/^\{bench_phase,[^,]*,([0-9]+),(.*)\}$/\1/')"
        line_g="$(grep -a -F "{bench_phase,$name," "$g_out" | head -n 1 | tr -d '\r')"
        note=""
        if [ -z "$line_g" ]; then
            printf '  %-16s %8s %12s\n' "$name" "$(awk -v u="$e" 'BEGIN { printf "%.1f", u / 1000 }')" "-"
            continue
        fi
        g="$(echo "$line_g" | sed -E 's/^\{bench_phase,[^,]*,([0-9]+),(.*)\}$/\1/')"
        [ "$(echo "$line_g" | sed -E 's/^\{bench_phase,[^,]*,[0-9]+,(.*)\}$/\1/')" != \
          "$(echo "$line" | sed -E 's/^\{bench_phase,[^,]*,[0-9]+,(.*)\}$/\1/')" ] && note="WRONG RESULT"
        eu="$(awk -v u="$e" 'BEGIN { printf "%.1f", u / 1000 }')"
        gu="$(awk -v u="$g" 'BEGIN { printf "%.1f", u / 1000 }')"
        ratio="$(awk -v g="$g" -v e="$e" 'BEGIN { if (e < 1) e = 1; if (g < 1) g = 1; printf "%.2f", g / e }')"
        printf '  %-16s %8s %12s %9s %10s %10s  %s\n' "$name" "$eu" "$gu" "$ratio" "" "" "$note"
    done < <(grep -a '^{bench_phase,' "$erl_out" | tr -d '\r')
    while IFS= read -r line; do
        name="$(echo "$line" | sed -E 's/^\{bench_memory,([^,]*),.*$/\1/')"
        e="$(echo "$line" | sed -E 's/^\{bench_memory,[^,]*,(-?[0-9]+)\}$/\1/')"
        g="$(grep -a -F "{bench_memory,$name," "$g_out" | head -n 1 | tr -d '\r' |
             sed -E 's/^\{bench_memory,[^,]*,(-?[0-9]+)\}$/\1/')"
        ratio="$(awk -v g="$g" -v e="$e" 'BEGIN { if (e == 0 || g == "") print "-"; else printf "%.2f", g / e }')"
        printf '  %-20s %4s %12s %9s  %s\n' "$name" "$e" "${g:--}" "$ratio" "(memory: erl, girder)"
    done < <(grep -a '^{bench_memory,' "$erl_out" | tr -d '\r')
}

# field N of a {bench,Name,Micros,Check} line (Check may itself contain commas)
field() { echo "$1" | sed -E 's/^\{bench,([^,]*),([0-9]+),(.*)\}$/\'"$2"'/'; }

printf '%-14s %12s %12s %9s %10s %10s  %s\n' program "erl (ms)" "girder (ms)" ratio "erl RSS" "girder RSS" note
ratios=()
for prog in "${programs[@]}"; do
    run erl "$prog"
    erl_status=$run_status erl_line=$run_line erl_rss=$run_rss erl_out=$run_out
    run girder "$prog"
    g_status=$run_status g_line=$run_line g_rss=$run_rss g_out=$run_out

    if [ "$erl_status" -ne 0 ] || [ -z "$erl_line" ]; then
        printf '%-14s %12s %12s %9s %10s %10s  %s\n' "$prog" "-" "-" "-" "$erl_rss" "$g_rss" \
            "erl failed (exit $erl_status)"
        continue
    fi
    name="$(field "$erl_line" 1)"
    erl_us="$(field "$erl_line" 2)"
    erl_ms="$(awk -v u="$erl_us" 'BEGIN { printf "%.1f", u / 1000 }')"
    if [ "$g_status" -ne 0 ] || [ -z "$g_line" ]; then
        why="girder failed (exit $g_status)"
        [ "$g_status" -eq 124 ] && why="girder timed out after ${timeout_s}s"
        # Name the reason when girder ended with erl's do_boot crash line.
        reason="$(grep -a -m1 '^{"init terminating in do_boot",' "$work/girder.$prog.out" | tr -d '\r' |
                  sed -E 's/^\{"init terminating in do_boot",\{//' | cut -c1-70)"
        [ -n "$reason" ] && why="$why: $reason"
        printf '%-14s %12s %12s %9s %10s %10s  %s\n' "$name" "$erl_ms" "-" "-" "$erl_rss" "$g_rss" "$why"
        continue
    fi
    g_us="$(field "$g_line" 2)"
    g_ms="$(awk -v u="$g_us" 'BEGIN { printf "%.1f", u / 1000 }')"
    note=""
    if [ "$(field "$g_line" 3)" != "$(field "$erl_line" 3)" ]; then
        note="WRONG RESULT: erl $(field "$erl_line" 3), girder $(field "$g_line" 3)"
    fi
    ratio="$(awk -v g="$g_us" -v e="$erl_us" 'BEGIN { if (e < 1) e = 1; if (g < 1) g = 1; printf "%.2f", g / e }')"
    ratios+=("$ratio")
    printf '%-14s %12s %12s %9s %10s %10s  %s\n' "$name" "$erl_ms" "$g_ms" "$ratio" "$erl_rss" "$g_rss" "$note"
    details "$erl_out" "$g_out"
done

if [ ${#ratios[@]} -gt 0 ]; then
    geo="$(printf '%s\n' "${ratios[@]}" | awk '{ s += log($1); n++ } END { printf "%.2f", exp(s / n) }')"
    echo "geometric mean of girder/erl over ${#ratios[@]} of ${#programs[@]} programs: $geo"
else
    echo "geometric mean of girder/erl: n/a (girder completed no program)"
fi
