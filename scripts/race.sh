#!/bin/sh
# Race checks (`make race`): builds girder with ThreadSanitizer (nightly toolchain, `--cfg
# girder_tsan`, see vm/src/sched/sync.rs) and runs the multi-scheduler process stress fixtures,
# the code loading, dirty pool and ETS stress fixtures and the port stress program on 2 and 4
# schedulers, then the vm crate's tests and the ETS storage's tests, under it. Prints each run's report count and fails if any run reports a race. Reports are kept in $RACE_LOGS (default
# target/race-logs). Not part of `make test`: it takes minutes.
set -eu
cd "$(dirname "$0")/.."
TARGET_DIR=${CARGO_TARGET_DIR:-target}-tsan
LOGS=${RACE_LOGS:-target/race-logs}
TRIPLE=x86_64-unknown-linux-gnu
export RUSTFLAGS="-Zsanitizer=thread -Cunsafe-allow-abi-mismatch=sanitizer --cfg girder_tsan"
export CARGO_TARGET_DIR="$TARGET_DIR"
SUPP="$(pwd)/scripts/tsan.supp"
rm -rf "$LOGS" && mkdir -p "$LOGS"
LOGS=$(cd "$LOGS" && pwd)

cargo +nightly build --release --bin girder --target "$TRIPLE"
GIRDER="$TARGET_DIR/$TRIPLE/release/girder"

BEAMS=otp-fixtures/build/proc
mkdir -p "$BEAMS"
FIXTURES="proc_stress_links proc_stress_monitors proc_stress_storm proc_stress_tags proc_timer_many proc_max_heap"
for f in $FIXTURES; do
  erlc -o "$BEAMS" "otp-fixtures/proc/$f.erl"
done

# Code loading under load: upgrades and purges while processes call into the module.
CODE_BEAMS=otp-fixtures/build/code
CODE_FIXTURES="code_stress_upgrade_s4 code_stress_reclaim_s4 code_stress_purge_idle code_upgrade_demo code_purge_pending_fun code_fun_rebind"
mkdir -p "$CODE_BEAMS"
for f in $CODE_FIXTURES; do
  erlc -o "$CODE_BEAMS" "otp-fixtures/code/$f.erl"
done

# The dirty I/O pool: eight processes doing file I/O at once, and long regular expression
# matches handed to the pool.
DIRTY_BEAMS="$TARGET_DIR/dirty"
DIRTY_FIXTURES="file_concurrent re_long_match_s1"
mkdir -p "$DIRTY_BEAMS"
erlc -o "$DIRTY_BEAMS" otp-fixtures/file/file_concurrent.erl otp-fixtures/re/re_long_match_s1.erl

# ETS: 100 processes on shared write_concurrency tables of every type (hash stripes growing,
# ordered-set parts splitting), atomics and counters from many processes.
ETS_BEAMS="$TARGET_DIR/ets"
ETS_FIXTURES="ets_stress_s2 ets_atomics_concurrent ets_counters_many"
mkdir -p "$ETS_BEAMS"
erlc -o "$ETS_BEAMS" otp-fixtures/ets/ets_stress.erl
for f in $ETS_FIXTURES; do
  erlc -o "$ETS_BEAMS" "otp-fixtures/ets/$f.erl"
done

# Each run starts in an empty directory of its own (the file fixtures write there).
ROOT=$(pwd)
abs() { case "$1" in /*) echo "$1" ;; *) echo "$ROOT/$1" ;; esac; }
failed=0
for f in $FIXTURES $CODE_FIXTURES $DIRTY_FIXTURES $ETS_FIXTURES; do
  for s in 2 4; do
    log="$LOGS/$f.S$s"
    dir=$(mktemp -d)
    (cd "$dir" && TSAN_OPTIONS="halt_on_error=0 report_signal_unsafe=0 exitcode=0 suppressions=$SUPP log_path=$log" \
      "$(abs "$GIRDER")" +S "$s" -pa "$(abs "$BEAMS")" -pa "$(abs "$CODE_BEAMS")" -pa "$(abs "$DIRTY_BEAMS")" \
        -pa "$(abs "$ETS_BEAMS")" \
        -noshell -s "$f" main -s erlang halt > "$log.out" 2>&1 || true)
    rm -rf "$dir"
    n=$(cat "$log".[0-9]* 2>/dev/null | grep -c "WARNING: ThreadSanitizer" || true)
    echo "$f +S $s: $n report(s)"
    [ "$n" = 0 ] || failed=1
  done
done

# Ports under load: 200 ports at once, each echoing 256 KB through `cat`. Only the echo line is
# checked: under the sanitizer its symbolizer is a child of the VM, so the child count is off.
PORT_BEAMS="$TARGET_DIR/port-stress"
mkdir -p "$PORT_BEAMS"
erlc -o "$PORT_BEAMS" tests/erlang/port_stress.erl
for s in 2 4; do
  log="$LOGS/port_stress.S$s"
  TSAN_OPTIONS="halt_on_error=0 report_signal_unsafe=0 exitcode=0 suppressions=$SUPP log_path=$log" \
    "$GIRDER" +S "$s" -pa "$PORT_BEAMS" -noshell -s port_stress main 200 262144 -s erlang halt > "$log.out" 2>&1 || true
  n=$(cat "$log".[0-9]* 2>/dev/null | grep -c "WARNING: ThreadSanitizer" || true)
  grep -q "{echoed,true,200}" "$log.out" || { echo "port_stress +S $s: wrong output (see $log.out)"; failed=1; }
  echo "port_stress +S $s: $n report(s)"
  [ "$n" = 0 ] || failed=1
done

TSAN_OPTIONS="halt_on_error=0 exitcode=66 suppressions=$SUPP log_path=$LOGS/vm-tests" \
  cargo +nightly test --release -p vm --target "$TRIPLE" --lib --tests -q || failed=1
n=$(cat "$LOGS"/vm-tests.[0-9]* 2>/dev/null | grep -c "WARNING: ThreadSanitizer" || true)
echo "vm crate tests: $n report(s)"
[ "$n" = 0 ] || failed=1

# The ETS storage's own concurrency tests (striped hash tables, ordered sets split under
# writers).
TSAN_OPTIONS="halt_on_error=0 exitcode=66 suppressions=$SUPP log_path=$LOGS/ets-tests" \
  cargo +nightly test --release -p bifs --target "$TRIPLE" --lib -q ets:: || failed=1
n=$(cat "$LOGS"/ets-tests.[0-9]* 2>/dev/null | grep -c "WARNING: ThreadSanitizer" || true)
echo "ets storage tests: $n report(s)"
[ "$n" = 0 ] || failed=1

[ "$failed" = 0 ] && echo "race: no races reported" || { echo "race: reports in $LOGS"; exit 1; }
