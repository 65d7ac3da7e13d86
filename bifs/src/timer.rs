//! Time and timer BIFs: `system_time/0,1`, `time_offset/0,1`, `timestamp/0`, `now/0`,
//! `send_after/3,4`, `start_timer/3,4`, `cancel_timer/1,2`, `read_timer/1,2`.
//!
//! The native time unit is the nanosecond, as erl's on Linux; system time is the monotonic
//! time of `crate::time` plus an offset fixed at its first use.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use vm::atom::{self, Atom};
use vm::bif::{badarg, badarg_with_cause, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::process::Process;
use vm::sched::{new_ref_id, system};
use vm::signal::{Payload, Signal};
use vm::term::Term;
use vm::timer::{Action, Dest};

use crate::lists::proper_list;
use crate::process::{atom_named, is_atom};
use crate::BifSpec;

/// Native time units per second.
const NATIVE: i128 = 1_000_000_000;

/// Parts per second of time unit `t`, or `None` if it is not a unit.
fn unit_parts(t: Term) -> Option<i128> {
    if let Some(n) = t.as_small() {
        return (n > 0).then_some(n as i128);
    }
    Some(match t.as_atom()?.text() {
        "second" | "seconds" => 1,
        "millisecond" | "milli_seconds" => 1_000,
        "microsecond" | "micro_seconds" => 1_000_000,
        "nanosecond" | "nano_seconds" | "native" | "perf_counter" => NATIVE,
        _ => return None,
    })
}

/// Converts `value` from `from` to `to` parts per second, rounding toward negative infinity.
fn convert(value: i128, from: i128, to: i128) -> i128 {
    (value * to).div_euclid(from)
}

fn int(p: &mut Process, v: i128) -> Term {
    match i64::try_from(v) {
        Ok(x) => p.heap.integer(x),
        Err(_) => {
            let b = num_bigint::BigInt::from(v);
            p.heap.big_integer(&b)
        }
    }
}

fn monotonic_native() -> i128 {
    crate::time::monotonic_native() as i128
}

fn system_native() -> i128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

/// The difference between system time and monotonic time, fixed at the first call.
fn offset_native() -> i128 {
    static OFFSET: std::sync::OnceLock<i128> = std::sync::OnceLock::new();
    *OFFSET.get_or_init(|| system_native() - monotonic_native())
}

fn system_time_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let v = monotonic_native() + offset_native();
    Ok(int(p, v))
}

fn system_time_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(u) = unit_parts(a[0]) else {
        return badarg();
    };
    let v = convert(monotonic_native() + offset_native(), NATIVE, u);
    Ok(int(p, v))
}

fn time_offset_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let v = offset_native();
    Ok(int(p, v))
}

fn time_offset_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(u) = unit_parts(a[0]) else {
        return badarg();
    };
    let v = convert(offset_native(), NATIVE, u);
    Ok(int(p, v))
}

fn mega_secs_micro(p: &mut Process, micros: i128) -> Term {
    let mega = micros / 1_000_000_000_000;
    let secs = (micros / 1_000_000) % 1_000_000;
    let us = micros % 1_000_000;
    p.heap.tuple(&[
        Term::small(mega as i64),
        Term::small(secs as i64),
        Term::small(us as i64),
    ])
}

fn timestamp_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let us = (monotonic_native() + offset_native()) / 1_000;
    Ok(mega_secs_micro(p, us))
}

fn now_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    // Strictly increasing across all calls.
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now = ((monotonic_native() + offset_native()) / 1_000) as u64;
    let mut prev = LAST.load(Ordering::Relaxed);
    let v = loop {
        let next = now.max(prev + 1);
        match LAST.compare_exchange_weak(prev, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => break next,
            Err(p) => prev = p,
        }
    };
    Ok(mega_secs_micro(p, v as i128))
}

// ---- timers ----

/// The milliseconds until a timer set for `time` fires, or `None` when erl refuses the time.
///
/// As in erl, the timer's due time is kept in nanoseconds of monotonic time: a relative time
/// may be any non-negative integer whose due time fits in 64 bits (about 292 years), an absolute
/// one (`{abs, true}`, milliseconds of `erlang:monotonic_time/1`) any time from the start of the
/// system on whose due time fits; one in the past fires at once.
fn timer_ms(time: Term, abs: bool) -> Option<u64> {
    let t = time.as_small()? as i128;
    let now = monotonic_native();
    let start = crate::time::MONOTONIC_START as i128;
    let limit = i64::MAX as i128;
    if abs {
        let due = t * 1_000_000;
        if t < start.div_euclid(1_000_000) || due - start > limit {
            return None;
        }
        // Round up, so that the timer never fires before the absolute time.
        let left = (due - now).max(0);
        Some(((left + 999_999) / 1_000_000) as u64)
    } else {
        if t < 0 || t * 1_000_000 + (now - start) > limit {
            return None;
        }
        Some(t as u64)
    }
}

/// A timer's destination: a local pid or a name.
fn timer_dest(dest: Term) -> Option<Dest> {
    if dest.is_local_pid() {
        Some(Dest::Pid(dest))
    } else {
        Some(Dest::Name(dest.as_atom()?))
    }
}

/// Parses `[{abs, Bool}]`; true for an absolute time.
fn abs_option(opts: Term) -> Option<bool> {
    let mut abs = false;
    for o in proper_list(opts)? {
        let &[k, v] = o.tuple_elements()? else {
            return None;
        };
        if !is_atom(k, "abs") || !v.is_boolean() {
            return None;
        }
        abs = v == Term::TRUE;
    }
    Some(abs)
}

/// Starts a timer for `send_after` (`wrap` false) or `start_timer` (`wrap` true). A bad time
/// is a `badarg` with the cause `time`, as in erl.
fn start(p: &mut Process, a: &[Term], abs: bool, wrap: bool) -> BifResult {
    let Some(ms) = timer_ms(a[0], abs) else {
        return Err(badarg_with_cause("erlang", timer_bif(wrap), "time"));
    };
    let Some(dest) = timer_dest(a[1]) else {
        return badarg();
    };
    let id = new_ref_id();
    let r = p.heap.local_ref(id, 0);
    let msg = if wrap {
        let words = vm::copy::size_of(a[2]) + 4 + vm::heap::REF_WORDS;
        let body = a[2];
        Payload::build(words, |f| {
            let r = f.local_ref(id, 0);
            let m = vm::copy::copy_term(body, f);
            f.tuple(&[Term::atom(atom::TIMEOUT), r, m])
        })
    } else {
        Payload::copy(a[2])
    };
    let sys = system();
    if sys.timers.start(id, ms, Action::Send { dest, msg }) {
        sys.runq.notify();
    }
    Ok(r)
}

/// The name of the BIF that starts a timer: `start_timer` when the message is wrapped.
fn timer_bif(wrap: bool) -> &'static str {
    if wrap {
        "start_timer"
    } else {
        "send_after"
    }
}

/// The `{abs, Bool}` options of `send_after/4` and `start_timer/4`; bad ones are a `badarg`
/// with the cause `badopt`.
fn timer_options(opts: Term, wrap: bool) -> Result<bool, BifError> {
    abs_option(opts).ok_or_else(|| badarg_with_cause("erlang", timer_bif(wrap), "badopt"))
}

fn send_after_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    start(p, a, false, false)
}

fn send_after_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let abs = timer_options(a[3], false)?;
    start(p, a, abs, false)
}

fn start_timer_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    start(p, a, false, true)
}

fn start_timer_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let abs = timer_options(a[3], true)?;
    start(p, a, abs, true)
}

/// `[{async, B}, {info, B}]` options: (async, info).
fn async_info(opts: Term) -> Option<(bool, bool)> {
    let (mut asy, mut info) = (false, true);
    for o in proper_list(opts)? {
        let &[k, v] = o.tuple_elements()? else {
            return None;
        };
        if !v.is_boolean() {
            return None;
        }
        match k.as_atom().map(Atom::text) {
            Some("async") => asy = v == Term::TRUE,
            Some("info") => info = v == Term::TRUE,
            _ => return None,
        }
    }
    Some((asy, info))
}

/// Answers a timer operation: the result, or with `async` a message `{Tag, Ref, Result}`.
fn answer(
    p: &mut Process,
    tag: &str,
    r: Term,
    result: Option<u64>,
    asy: bool,
    info: bool,
) -> BifResult {
    let value = match result {
        Some(ms) => Term::small(ms as i64),
        None => Term::FALSE,
    };
    if !asy {
        return Ok(if info { value } else { Term::atom(atom::OK) });
    }
    if info {
        let msg = p.heap.tuple(&[Term::atom(atom_named(tag)), r, value]);
        if let Some(h) = p.handle.clone() {
            let _ = h.push(Signal::Message(Payload::copy(msg)));
        }
    }
    Ok(Term::atom(atom::OK))
}

fn cancel_timer_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(id) = a[0].local_ref_id() else {
        return badarg();
    };
    let left = system().timers.cancel(id);
    answer(p, "cancel_timer", a[0], left, false, true)
}

fn cancel_timer_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(id), Some((asy, info))) = (a[0].local_ref_id(), async_info(a[1])) else {
        return badarg();
    };
    let left = system().timers.cancel(id);
    answer(p, "cancel_timer", a[0], left, asy, info)
}

fn read_timer_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(id) = a[0].local_ref_id() else {
        return badarg();
    };
    let left = system().timers.read(id);
    answer(p, "read_timer", a[0], left, false, true)
}

fn read_timer_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(id), Some((asy, _))) = (a[0].local_ref_id(), async_info(a[1])) else {
        return badarg();
    };
    let left = system().timers.read(id);
    answer(p, "read_timer", a[0], left, asy, true)
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "system_time", 0, system_time_0),
    ("erlang", "system_time", 1, system_time_1),
    ("erlang", "time_offset", 0, time_offset_0),
    ("erlang", "time_offset", 1, time_offset_1),
    ("erlang", "timestamp", 0, timestamp_0),
    ("os", "timestamp", 0, timestamp_0),
    ("erlang", "now", 0, now_0),
    ("erlang", "send_after", 3, send_after_3),
    ("erlang", "send_after", 4, send_after_4),
    ("erlang", "start_timer", 3, start_timer_3),
    ("erlang", "start_timer", 4, start_timer_4),
    ("erlang", "cancel_timer", 1, cancel_timer_1),
    ("erlang", "cancel_timer", 2, cancel_timer_2),
    ("erlang", "read_timer", 1, read_timer_1),
    ("erlang", "read_timer", 2, read_timer_2),
];
