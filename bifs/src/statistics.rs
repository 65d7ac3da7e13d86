//! `erlang:statistics/1`: reductions, run queues, time, collections, I/O, context switches and
//! scheduler wall time, in erl's shapes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::process::Process;
use vm::sched::system;
use vm::term::Term;

use crate::process::atom;
use crate::system::settings;
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "statistics", 1, statistics_1),
    (
        "erts_internal",
        "scheduler_wall_time",
        1,
        scheduler_wall_time_1,
    ),
];

/// Dirty I/O schedulers erl reports (`system_info(dirty_io_schedulers)`).
const DIRTY_IO: usize = 10;

/// Milliseconds of processor time the VM has used (from `/proc/self/stat` where available,
/// else wall-clock time).
fn cpu_ms() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which ends with ')'): utime is the 12th, stime the 13th.
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    match (ticks(11), ticks(12)) {
        (Some(u), Some(s)) => (u + s) * 10,
        _ => vm::timer::now_nanos() / 1_000_000,
    }
}

/// A `{Total, SinceLast}` pair with `last` updated.
fn since_last(p: &mut Process, total: u64, last: &AtomicU64) -> Term {
    let prev = last.swap(total, Ordering::Relaxed);
    let a = p.heap.integer(total as i64);
    let b = p.heap.integer(total.saturating_sub(prev) as i64);
    p.heap.tuple(&[a, b])
}

/// Where scheduler wall time was last reset: (wall ns, cpu ms).
static WALL_TIME_BASE: Mutex<(u64, u64)> = Mutex::new((0, 0));

/// Restarts scheduler wall time counting (`system_flag(scheduler_wall_time, true)`).
pub fn wall_time_reset() {
    let mut base = WALL_TIME_BASE.lock().unwrap_or_else(|e| e.into_inner());
    *base = (vm::timer::now_nanos(), cpu_ms());
}

/// `[{Id, Active, Total}]` for `count` schedulers: total is the wall time since counting began,
/// active the processor time girder used in it, shared evenly among the normal schedulers
/// (dirty schedulers are never active: girder runs no dirty work).
fn wall_time_list(p: &mut Process, all: bool) -> Term {
    let (wall0, cpu0) = *WALL_TIME_BASE.lock().unwrap_or_else(|e| e.into_inner());
    let total = vm::timer::now_nanos().saturating_sub(wall0);
    let n = system().schedulers();
    let active_each = (cpu_ms().saturating_sub(cpu0) * 1_000_000 / n as u64).min(total);
    let count = 2 * n + if all { DIRTY_IO } else { 0 };
    let items: Vec<Term> = (0..count)
        .map(|i| {
            let active = if i < n { active_each } else { 0 };
            let a = p.heap.integer(active as i64);
            let t = p.heap.integer(total as i64);
            p.heap.tuple(&[Term::small(i as i64 + 1), a, t])
        })
        .collect();
    p.heap.list(&items)
}

/// Per normal scheduler, then the dirty CPU queue (and with `all` the dirty I/O queue).
fn queue_lengths(p: &mut Process, all: bool, active: bool) -> Term {
    let sys = system();
    let n = sys.schedulers();
    let mut lens = vec![Term::small(0); n + 1 + usize::from(all)];
    // The run queues are shared by stealing; report the total on the first queue.
    let queued = sys.runq.len() as i64;
    lens[0] = Term::small(queued + i64::from(active));
    p.heap.list(&lens)
}

/// `statistics(microstate_accounting)` with accounting off: every thread with zero counters.
fn microstate_list(p: &mut Process) -> Term {
    let n = system().schedulers();
    let mut threads: Vec<(&str, usize)> = Vec::new();
    threads.extend((1..=n).map(|i| ("scheduler", i)));
    threads.extend((1..=n).rev().map(|i| ("dirty_cpu_scheduler", i)));
    threads.extend((1..=DIRTY_IO).rev().map(|i| ("dirty_io_scheduler", i)));
    threads.extend([("aux", 1), ("poll", 0), ("async", 0)]);
    let states = [
        "aux", "check_io", "emulator", "gc", "other", "port", "sleep",
    ];
    let items: Vec<Term> = threads
        .into_iter()
        .map(|(ty, id)| {
            let zeros: Vec<(Term, Term)> =
                states.iter().map(|s| (atom(s), Term::small(0))).collect();
            let counters =
                vm::map::map_from_pairs(&mut p.heap, &zeros, vm::map::Duplicates::LastWins)
                    .unwrap_or(Term::NIL);
            let pairs = [
                (atom("counters"), counters),
                (atom("id"), Term::small(id as i64)),
                (atom("type"), atom(ty)),
            ];
            vm::map::map_from_pairs(&mut p.heap, &pairs, vm::map::Duplicates::LastWins)
                .unwrap_or(Term::NIL)
        })
        .collect();
    p.heap.list(&items)
}

fn statistics_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    static RUNTIME_MARK: AtomicU64 = AtomicU64::new(0);
    static WALL_MARK: AtomicU64 = AtomicU64::new(0);
    let Some(item) = a[0].as_atom() else {
        return badarg();
    };
    let sys = system();
    Ok(match item.text() {
        "reductions" | "exact_reductions" => {
            let total = sys.reductions.load(Ordering::Relaxed) + p.reductions + p.slice_reds;
            since_last(p, total, &sys.reductions_mark)
        }
        "run_queue" | "total_run_queue_lengths" | "total_run_queue_lengths_all" => {
            Term::small(sys.runq.len() as i64)
        }
        "total_active_tasks" | "total_active_tasks_all" => Term::small(sys.runq.len() as i64 + 1),
        "run_queue_lengths" => queue_lengths(p, false, false),
        "run_queue_lengths_all" => queue_lengths(p, true, false),
        "active_tasks" => queue_lengths(p, false, true),
        "active_tasks_all" => queue_lengths(p, true, true),
        "runtime" => since_last(p, cpu_ms(), &RUNTIME_MARK),
        "wall_clock" => since_last(p, vm::timer::now_nanos() / 1_000_000, &WALL_MARK),
        "context_switches" => {
            let c = p
                .heap
                .integer(sys.context_switches.load(Ordering::Relaxed) as i64);
            p.heap.tuple(&[c, Term::small(0)])
        }
        "garbage_collection" => {
            let totals = &vm::gc::GC_TOTALS;
            let n = p.heap.integer(totals.count.load(Ordering::Relaxed) as i64);
            let w = p
                .heap
                .integer(totals.reclaimed.load(Ordering::Relaxed) as i64);
            p.heap.tuple(&[n, w, Term::small(0)])
        }
        "io" => {
            let (mut input, mut output) = (0u64, 0u64);
            for port in sys.ports.ports() {
                if let Some(port) = sys.ports.get(port) {
                    input += port.input();
                    output += port.output();
                }
            }
            let i = p.heap.integer(input as i64);
            let o = p.heap.integer(output as i64);
            let i = p.heap.tuple(&[atom("input"), i]);
            let o = p.heap.tuple(&[atom("output"), o]);
            p.heap.tuple(&[i, o])
        }
        "scheduler_wall_time" | "scheduler_wall_time_all" => {
            if !settings::SCHEDULER_WALL_TIME.load(Ordering::Relaxed) {
                return Ok(atom("undefined"));
            }
            wall_time_list(p, item.text().ends_with("_all"))
        }
        "microstate_accounting" => microstate_list(p),
        _ => return badarg(),
    })
}

/// `erts_internal:scheduler_wall_time(Enable)`: turns counting on (`true`) or off (anything
/// else, as erl); returns the old state.
fn scheduler_wall_time_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let on = a[0] == Term::TRUE;
    let old = settings::SCHEDULER_WALL_TIME.swap(on, Ordering::Relaxed);
    if on && !old {
        wall_time_reset();
    }
    Ok(Term::boolean(old))
}
