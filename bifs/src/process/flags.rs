//! `process_flag/2` and group leaders.

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::process::{MaxHeapSize, Priority, Process};
use vm::sched::system;
use vm::signal::Signal;
use vm::term::Term;

use super::atom_named;
use super::spawn::{max_heap_size, message_queue_data};

pub(super) fn process_flag_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(flag) = a[0].as_atom() else {
        return crate::process_flags::process_flag(p, a[0], a[1]);
    };
    let v = a[1];
    match flag.text() {
        "trap_exit" => {
            if !v.is_boolean() {
                return badarg();
            }
            let old = p.trap_exit;
            p.trap_exit = v == Term::TRUE;
            Ok(Term::boolean(old))
        }
        "priority" => {
            let Some(new) = v.as_atom().and_then(|a| Priority::from_name(a.text())) else {
                return badarg();
            };
            let old = p.priority;
            p.priority = new;
            if let Some(h) = p.handle.as_ref() {
                h.set_priority(new);
            }
            Ok(Term::atom(atom_named(old.name())))
        }
        "min_heap_size" => match v.as_small() {
            Some(n) if n >= 0 => Ok(Term::small(p.heap.min_heap_size() as i64)),
            _ => badarg(),
        },
        "min_bin_vheap_size" => match v.as_small() {
            Some(n) if n >= 0 => Ok(Term::small(46422)),
            _ => badarg(),
        },
        "fullsweep_after" => match v.as_small() {
            Some(n) if n >= 0 => {
                let old = p.heap.fullsweep_after();
                p.heap.set_fullsweep_after(n as usize);
                Ok(Term::small(old as i64))
            }
            _ => badarg(),
        },
        "message_queue_data" => {
            let off = message_queue_data(v)?;
            let old = std::mem::replace(&mut p.off_heap_messages, off);
            Ok(Term::atom(atom_named(queue_data_name(old))))
        }
        "max_heap_size" => {
            let new = max_heap_size(v)?;
            if new.size != 0 && new.size < p.heap.min_heap_size() {
                return badarg();
            }
            let old = std::mem::replace(&mut p.max_heap, new);
            Ok(max_heap_map(p, old))
        }
        "save_calls" => match save_calls_value(v) {
            Some(n) => Ok(Term::small(
                std::mem::replace(&mut p.extra_mut().save_calls, n) as i64,
            )),
            None => badarg(),
        },
        "sensitive" if v.is_boolean() => Ok(Term::FALSE),
        "error_handler" => crate::code_loading::set_error_handler(p, v),
        _ => crate::process_flags::process_flag(p, a[0], v),
    }
}

/// A `save_calls` setting: 0..=10000.
fn save_calls_value(v: Term) -> Option<u16> {
    v.as_small()
        .filter(|n| (0..=10000).contains(n))
        .map(|n| n as u16)
}

/// `process_flag(Pid, save_calls, N)`: the only flag that may be set on another process.
pub(super) fn process_flag_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (pid, flag, v) = (a[0], a[1], a[2]);
    if !pid.is_local_pid() || atom_named_is(flag, "save_calls").is_none() {
        return badarg();
    }
    if pid == p.pid {
        return process_flag_2(p, &a[1..]);
    }
    let Some(n) = save_calls_value(v) else {
        return badarg();
    };
    let old = super::alive::with_settled(p, pid, |q, _| {
        std::mem::replace(&mut q.extra_mut().save_calls, n)
    })?;
    match old {
        Some(old) => Ok(Term::small(old as i64)),
        // erl's error_info says `badtype` for a process that does not exist.
        None => Err(vm::bif::badarg_with_cause(
            "erlang",
            "process_flag",
            "badtype",
        )),
    }
}

fn atom_named_is(t: Term, name: &str) -> Option<()> {
    (t.as_atom()?.text() == name).then_some(())
}

/// The atom `process_info(P, message_queue_data)` reports.
pub(crate) fn queue_data_name(off_heap: bool) -> &'static str {
    if off_heap {
        "off_heap"
    } else {
        "on_heap"
    }
}

/// `#{error_logger => _, kill => _, size => _}`, as `process_info(P, max_heap_size)` shows a
/// limit.
pub(crate) fn max_heap_map(p: &mut Process, m: MaxHeapSize) -> Term {
    let pairs = [
        (
            Term::atom(atom_named("error_logger")),
            Term::boolean(m.error_logger),
        ),
        (Term::atom(atom_named("kill")), Term::boolean(m.kill)),
        (
            Term::atom(atom_named("size")),
            p.heap.integer(m.size as i64),
        ),
    ];
    vm::map::map_from_pairs(&mut p.heap, &pairs, vm::map::Duplicates::LastWins).unwrap_or(Term::NIL)
}

pub(super) fn group_leader_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.group_leader)
}

pub(super) fn group_leader_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (gl, pid) = (a[0], a[1]);
    if !gl.is_local_pid() || !pid.is_local_pid() {
        return badarg();
    }
    if pid == p.pid {
        p.group_leader = gl;
        return Ok(Term::TRUE);
    }
    match system().send_signal(pid, Signal::GroupLeader { leader: gl }) {
        Ok(()) => Ok(Term::TRUE),
        Err(_) => badarg(),
    }
}

/// Whether `t` is a reference (of this node or another).
pub(super) fn is_reference(t: Term) -> bool {
    matches!(
        t.boxed_subtag(),
        Some(vm::term::Subtag::Ref | vm::term::Subtag::ExternalRef)
    )
}

/// Sends `{Ref, Result}` to the calling process.
pub(super) fn reply_to_self(p: &mut ProcessContext, reference: Term, result: Term) {
    let msg = p.heap.tuple(&[reference, result]);
    let me = p.pid;
    vm::sched::send::deliver_message(system(), p, me, msg);
}

/// `erts_internal:group_leader(GroupLeader, Pid)`: sets the group leader of `Pid` at once and
/// answers `true`, or `badarg` (returned, not raised) for a non-pid or a process that does
/// not exist.
pub(super) fn internal_group_leader_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let badarg_atom = Term::atom(atom_named("badarg"));
    if !a[0].is_local_pid() || !a[1].is_local_pid() {
        return Ok(badarg_atom);
    }
    match group_leader_2(p, a) {
        Ok(t) => Ok(t),
        Err(_) => Ok(badarg_atom),
    }
}

/// `erts_internal:group_leader(GroupLeader, Pid, Ref)`: sets the group leader of `Pid` and
/// answers with the message `{Ref, true}`, or `{Ref, badarg}` for a process that does not
/// exist; `ok`.
pub(super) fn internal_group_leader_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() || !a[1].is_local_pid() || !is_reference(a[2]) {
        return badarg();
    }
    let result = internal_group_leader_2(p, &a[..2])?;
    reply_to_self(p, a[2], result);
    Ok(Term::atom(atom_named("ok")))
}

/// `erts_internal:process_flag(Pid, Flag, Value)`, behind `erlang:process_flag/3`: for the
/// calling process the old value (or `badarg`); for another the answer comes as the message
/// `{Ref, OldValueOrBadarg}` and `Ref` is returned; `badtype` when `Pid` is no process.
pub(super) fn internal_process_flag_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (pid, flag, v) = (a[0], a[1], a[2]);
    let badarg_atom = Term::atom(atom_named("badarg"));
    let badtype = Term::atom(atom_named("badtype"));
    if !pid.is_local_pid() {
        return Ok(badtype);
    }
    let value = atom_named_is(flag, "save_calls").and_then(|()| save_calls_value(v));
    if pid == p.pid {
        return Ok(match value {
            Some(n) => Term::small(std::mem::replace(&mut p.extra_mut().save_calls, n) as i64),
            None => badarg_atom,
        });
    }
    let old = super::alive::with_settled(p, pid, |q, _| {
        value.map(|n| std::mem::replace(&mut q.extra_mut().save_calls, n))
    })?;
    let Some(old) = old else {
        return Ok(badtype);
    };
    let result = old.map_or(badarg_atom, |o| Term::small(o as i64));
    let reference = p.heap.local_ref(vm::sched::new_ref_id(), 0);
    reply_to_self(p, reference, result);
    Ok(reference)
}
