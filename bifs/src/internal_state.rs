//! `erts_debug:get_internal_state/1` and `erts_debug:set_internal_state/2`: the emulator's test
//! hooks. Both raise `undef` until some process turns them on with
//! `set_internal_state(available_internal_state, true)`, which also logs a warning naming that
//! process, as erl does; `false` turns them off again. The switch is global.
//!
//! The items girder answers are those that mean something here; every other item is `badarg`,
//! as erl answers items it does not know.
//!
//! | `get_internal_state` item | answer |
//! |---|---|
//! | `available_internal_state` | `true` |
//! | `reds_left` | reductions left in the current time slice |
//! | `force_heap_frags` | `false` |
//! | `scheduler_dump` | `true` (a scheduler dump can be asked for) |
//! | `lc_graph`, `flxctr_memory_usage` | `notsup` (no lock checker, no flexible counters) |
//! | `min_unique_integer`, `min_unique_monotonic_integer` | the smallest value those can have |
//! | `process_info_args` | every `process_info/2` item name, in erl's order |
//! | `processes` | every process, as `processes/0` |
//! | `memory` | `erlang:memory/0` |
//! | `{process_status, Pid}` | the process's status, `undefined` for no process |
//! | `{internal_hash, Term}` | the internal hash of `Term` (salt 0) |
//! | `{binary_info, Binary}` | `heap_binary`, or `{refc_binary, Size, {binary, OrigSize}, 0}` |
//! | `{check_time_config, Correction, WarpMode}` | `true`: every setting is supported |
//!
//! | `set_internal_state` item | effect |
//! |---|---|
//! | `available_internal_state`, `true \| false` | the switch; the previous setting |
//! | `reds_left`, integer | `true` (time slices are the scheduler's) |
//! | `sleep`, `block`, `block_scheduler`, milliseconds | sleeps that long when positive; `true` |
//! | `force_gc`, pid | `true` when the process exists, else `false` |
//! | `wait`, `deallocations \| timer_cancellations \| aux_work \| thread_progress` | `ok` |
//! | `test_long_gc_sleep`, non-negative integer | `true` |

use std::sync::atomic::{AtomicBool, Ordering};

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::sched::logger::report_text;
use vm::sched::system;
use vm::term::{Subtag, Term};

use crate::aliases::call;
use crate::atomics::int_arg;
use crate::process::{atom, is_atom};

/// Whether the internal state built-ins are on.
static AVAILABLE: AtomicBool = AtomicBool::new(false);

/// Reductions in a full time slice.
const CONTEXT_REDS: i64 = 4000;

/// The `undef` error erl raises while the switch is off.
fn undef() -> BifResult {
    Err(BifError::error(Term::atom(vm::atom::UNDEF)))
}

/// `erts_debug:get_internal_state(Item)`.
pub fn get_internal_state(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !AVAILABLE.load(Ordering::Relaxed) {
        return undef();
    }
    let item = a[0];
    if let Some(name) = item.as_atom() {
        return match name.text() {
            "available_internal_state" => Ok(Term::TRUE),
            "reds_left" => {
                let used = i64::try_from(p.slice_reds).unwrap_or(CONTEXT_REDS);
                Ok(Term::small((CONTEXT_REDS - used).max(0)))
            }
            "force_heap_frags" => Ok(Term::FALSE),
            "scheduler_dump" => Ok(Term::TRUE),
            "lc_graph" | "flxctr_memory_usage" => Ok(atom("notsup")),
            "min_unique_integer" | "min_unique_monotonic_integer" => {
                Ok(p.heap.integer(-(1i64 << 59)))
            }
            "process_info_args" => {
                let names: Vec<Term> = crate::proc_info::ITEMS.iter().map(|n| atom(n)).collect();
                Ok(p.heap.list(&names))
            }
            "processes" => {
                let pids = system().table.pids();
                Ok(p.heap.list(&pids))
            }
            "memory" => call(p, "memory", &[]),
            _ => badarg(),
        };
    }
    match item.tuple_elements() {
        Some(&[tag, arg]) if is_atom(tag, "process_status") => process_status(p, arg),
        Some(&[tag, arg]) if is_atom(tag, "internal_hash") => {
            let hash = vm::map::internal_hash(arg, 0);
            Ok(p.heap.integer(i64::from(hash)))
        }
        Some(&[tag, arg]) if is_atom(tag, "binary_info") => binary_info(p, arg),
        Some(&[tag, correction, mode]) if is_atom(tag, "check_time_config") => {
            let modes = ["no_time_warp", "single_time_warp", "multi_time_warp"];
            if correction.is_boolean() && modes.iter().any(|m| is_atom(mode, m)) {
                Ok(Term::TRUE)
            } else {
                badarg()
            }
        }
        _ => badarg(),
    }
}

/// The status `process_info(Pid, status)` reports, or `undefined` for no process.
fn process_status(p: &mut ProcessContext, pid: Term) -> BifResult {
    if !pid.is_local_pid() {
        return badarg();
    }
    let info = call(p, "process_info", &[pid, atom("status")])?;
    match info.tuple_elements() {
        Some(&[_, status]) => Ok(status),
        _ => Ok(atom("undefined")),
    }
}

/// How a binary is stored: `heap_binary` or `{refc_binary, Size, {binary, OrigSize}, 0}`.
fn binary_info(p: &mut ProcessContext, bin: Term) -> BifResult {
    let Some((real, _, _)) = bin.bitstring_parts() else {
        return badarg();
    };
    if real.boxed_subtag() != Some(Subtag::RefcBinary) {
        return Ok(atom("heap_binary"));
    }
    let size = real.plain_bytes().map_or(0, <[u8]>::len) as i64;
    let orig = real.refc_storage().map_or(size, |s| s.bytes().len() as i64);
    let orig = p.heap.integer(orig);
    let inner = p.heap.tuple(&[atom("binary"), orig]);
    let size = p.heap.integer(size);
    Ok(p.heap
        .tuple(&[atom("refc_binary"), size, inner, Term::small(0)]))
}

/// `erts_debug:set_internal_state(Item, Value)`.
pub fn set_internal_state(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (item, value) = (a[0], a[1]);
    if is_atom(item, "available_internal_state") && value.is_boolean() {
        let on = value == Term::TRUE;
        let before = AVAILABLE.swap(on, Ordering::Relaxed);
        if on {
            announce(p);
        }
        return Ok(Term::boolean(before));
    }
    if !AVAILABLE.load(Ordering::Relaxed) {
        return undef();
    }
    let Some(name) = item.as_atom() else {
        return badarg();
    };
    let integer = int_arg(value).and_then(|v| i64::try_from(v).ok());
    match name.text() {
        "reds_left" if integer.is_some() => Ok(Term::TRUE),
        "sleep" | "block" | "block_scheduler" if integer.is_some() => {
            let ms = integer.unwrap_or(0);
            if ms > 0 {
                std::thread::sleep(std::time::Duration::from_millis(ms as u64));
            }
            Ok(Term::TRUE)
        }
        "force_gc" => {
            let alive = value.is_local_pid() && system().table.get(value).is_some();
            Ok(Term::boolean(alive))
        }
        "wait"
            if [
                "deallocations",
                "timer_cancellations",
                "aux_work",
                "thread_progress",
            ]
            .iter()
            .any(|w| is_atom(value, w)) =>
        {
            Ok(atom("ok"))
        }
        "test_long_gc_sleep" if integer.is_some_and(|n| n >= 0) => Ok(Term::TRUE),
        _ => badarg(),
    }
}

/// Logs, at the level of `error_logger:warning_map/0`, that `p` turned the hooks on.
fn announce(p: &mut ProcessContext) {
    let pid = String::from_utf8_lossy(&vm::ops::print::display(p.pid)).into_owned();
    let text = format!(
        "Process {pid} enabled access to the emulator internal state.\n\
         NOTE: This is an erts internal test feature and should *only* be used by OTP \
         test-suites.\n"
    );
    let level = crate::boot::warning_level();
    report_text(system(), p, level, &text);
}
