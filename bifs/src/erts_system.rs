//! Built-ins of ERTS's own system processes and tools: the dirty process signal handlers'
//! (`erts_internal:dirty_process_handle_signals/1`, `check_dirty_process_code/2`,
//! `is_process_executing_dirty/1`), the literal area collector's
//! (`erts_literal_area_collector:release_area_switch/0`, `send_copy_request/3`), the scheduler
//! check (`erts_internal:system_check/1`) and the allocator statistics of the `instrument`
//! module (`erts_internal:gather_alloc_histograms/1`, `gather_carrier_info/1`).
//!
//! No process ever runs on a dirty scheduler here (dirty work runs in place), so the dirty
//! handlers always find a process in its normal state. The schedulers free literal areas
//! themselves (see `docs/code-loading.md`), so the literal area collector is never handed an
//! area: its switch answers `false` (nothing pending), and a copy request is answered at once
//! (no process holds literals of an area the collector works on). As in erl, only the process
//! a built-in belongs to may call it; any other gets `notsup`. girder has no allocators of its
//! own: the allocator statistics built-ins accept erl's allocator names and report that no
//! carrier had anything to tell (no reply message follows).

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::sched::system;
use vm::term::Term;

use crate::process::{atom, is_atom};
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erts_internal", "system_check", 1, system_check),
    (
        "erts_internal",
        "gather_alloc_histograms",
        1,
        gather_statistics,
    ),
    ("erts_internal", "gather_carrier_info", 1, gather_statistics),
    (
        "erts_internal",
        "is_process_executing_dirty",
        1,
        is_process_executing_dirty,
    ),
    (
        "erts_internal",
        "dirty_process_handle_signals",
        1,
        dirty_process_handle_signals,
    ),
    (
        "erts_internal",
        "check_dirty_process_code",
        2,
        check_dirty_process_code,
    ),
    (
        "erts_literal_area_collector",
        "release_area_switch",
        0,
        release_area_switch,
    ),
    (
        "erts_literal_area_collector",
        "send_copy_request",
        3,
        send_copy_request,
    ),
];

/// The `notsup` error a process gets for another process's built-in.
fn notsup() -> BifResult {
    Err(BifError::error(atom("notsup")))
}

/// Whether `p` is the system process started as `Module:start()`.
fn runs(p: &ProcessContext, module: &str) -> bool {
    let (m, f, arity) = p.initial;
    m.text() == module && f.text() == "start" && arity == 0
}

/// `system_check(schedulers)`: every scheduler answers at once; `ok`.
fn system_check(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if is_atom(a[0], "schedulers") {
        return Ok(atom("ok"));
    }
    badarg()
}

/// `gather_alloc_histograms({Allocator, SchedulerId, HistWidth, HistStart, Ref})` and
/// `gather_carrier_info/1`: the number of reply messages to wait for, 0.
fn gather_statistics(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(&[alloc, sched, width, start, _ref]) = a[0].tuple_elements() else {
        return badarg();
    };
    let known = alloc.as_atom().map(|n| n.text()).is_some_and(|n| {
        // Statistics are kept for the `alloc_util` allocators, `sys_alloc` and `test_alloc`.
        matches!(n, "sys_alloc" | "test_alloc") || crate::system::info::ALLOC_UTIL.contains(&n)
    });
    let schedulers = system().schedulers() as i64;
    let sched_ok = sched
        .as_small()
        .is_some_and(|s| (0..=schedulers).contains(&s));
    if !known || !sched_ok || width.as_small().is_none() || start.as_small().is_none() {
        return badarg();
    }
    Ok(Term::small(0))
}

/// `false` for every process: none runs on a dirty scheduler.
fn is_process_executing_dirty(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() {
        return badarg();
    }
    Ok(Term::FALSE)
}

const HANDLER: &str = "erts_dirty_process_signal_handler";

/// The dirty signal handler's request to act on a dirty process's signals: `normal` (the
/// process handles them itself), `noproc`, or `false` for something that is not a pid.
fn dirty_process_handle_signals(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !runs(p, HANDLER) {
        return notsup();
    }
    if !a[0].is_local_pid() {
        return Ok(Term::FALSE);
    }
    if system().table.get(a[0]).is_none() {
        return Ok(atom("noproc"));
    }
    Ok(atom("normal"))
}

/// The dirty signal handler's check of a dirty process's code: `normal` (the process answers
/// itself) or `false` for no process.
fn check_dirty_process_code(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !runs(p, HANDLER) {
        return notsup();
    }
    if !a[0].is_local_pid() || !a[1].is_atom() {
        return badarg();
    }
    if a[0] != p.pid && system().table.get(a[0]).is_none() {
        return Ok(Term::FALSE);
    }
    Ok(atom("normal"))
}

const COLLECTOR: &str = "erts_literal_area_collector";

/// The literal area collector asking for the next area to work on: `false`, none is pending.
fn release_area_switch(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    if !runs(p, COLLECTOR) {
        return notsup();
    }
    Ok(Term::FALSE)
}

/// The literal area collector asking process `To` to let go of area `AreaId` (`How` is
/// `init`, `check_gc` or `need_gc`): answered at once with `{copy_literals, {AreaId, How, To},
/// ok}`; `ok`.
fn send_copy_request(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !runs(p, COLLECTOR) {
        return notsup();
    }
    if !a[0].is_local_pid()
        || !["init", "check_gc", "need_gc"]
            .iter()
            .any(|h| is_atom(a[2], h))
    {
        return badarg();
    }
    let request = p.heap.tuple(&[a[1], a[2], a[0]]);
    let msg = p.heap.tuple(&[atom("copy_literals"), request, atom("ok")]);
    let me = p.pid;
    vm::sched::send::deliver_message(system(), p, me, msg);
    Ok(atom("ok"))
}
