//! Scheduling and memory: `yield/0`, `bump_reductions/1`, `garbage_collect/0,1,2`,
//! `hibernate/3`.

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::interp::receive::fetch_signals;
use vm::sched::system;
use vm::term::Term;

use super::alive::with_settled;
use crate::lists::proper_list;

pub(super) fn yield_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    if p.yielded {
        p.yielded = false;
        return Ok(Term::TRUE);
    }
    p.yielded = true;
    Err(BifError::Yield)
}

pub(super) fn bump_reductions_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_small() {
        Some(n) if n >= 0 => {
            p.reductions += n as u64;
            Ok(Term::TRUE)
        }
        _ => badarg(),
    }
}

pub(super) fn garbage_collect_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    // Called as a function: no X register is live.
    p.garbage_collect_major(0);
    if p.pending_exit.is_some() {
        // The heap outgrew its `max_heap_size`: the process ends now.
        return Err(BifError::Yield);
    }
    Ok(Term::TRUE)
}

pub(crate) fn garbage_collect_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() {
        return badarg();
    }
    if pid == p.pid {
        return garbage_collect_0(p, &[]);
    }
    let done = with_settled(p, pid, |q, h| {
        // A waiting process holds exactly its live registers; a preempted one is not collected.
        if let Some(live) = q.parked_live() {
            q.garbage_collect_major(live);
        }
        // A collection that found the heap over its `max_heap_size` ended the process: it must
        // run to act on that.
        q.pending_exit.is_some() && h.wake()
    })?;
    if done == Some(true) {
        if let Some(h) = system().table.get(pid) {
            system().enqueue(h);
        }
    }
    Ok(Term::boolean(done.is_some()))
}

/// `garbage_collect(Pid, Options)`: `{type, major | minor}` (every collection here is a full
/// one) and `{async, RequestId}`, which collects and answers with the message
/// `{garbage_collect, RequestId, Result}` and returns `async`.
pub(super) fn garbage_collect_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(options) = proper_list(a[1]) else {
        return badarg();
    };
    let mut request = None;
    for o in options {
        match o.tuple_elements() {
            Some(&[k, v]) if k.as_atom().is_some_and(|k| k.text() == "async") => request = Some(v),
            // A `type` other than major or minor is refused without a cause, as in erl.
            Some(&[k, v]) if k.as_atom().is_some_and(|k| k.text() == "type") => {
                if !v
                    .as_atom()
                    .is_some_and(|v| matches!(v.text(), "major" | "minor"))
                {
                    return badarg();
                }
            }
            _ => {
                return Err(vm::bif::badarg_with_cause(
                    "erlang",
                    "garbage_collect",
                    "bad_option",
                ))
            }
        }
    }
    if !a[0].is_local_pid() {
        return badarg();
    }
    let result = garbage_collect_1(p, &a[..1])?;
    let Some(request) = request else {
        return Ok(result);
    };
    let tag = vm::atom::Atom::intern("garbage_collect").map_err(|_| BifError::BADARG)?;
    let msg = p.heap.tuple(&[Term::atom(tag), request, result]);
    let me = p.pid;
    vm::sched::send::send(system(), p, me, msg).map_err(|_| BifError::BADARG)?;
    Ok(Term::atom(
        vm::atom::Atom::intern("async").map_err(|_| BifError::BADARG)?,
    ))
}

pub(super) fn hibernate_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() || !a[1].is_atom() || proper_list(a[2]).is_none() {
        return badarg();
    }
    // The stack is discarded: when the function returns, the process ends.
    let (resume, exit_cp) = vm::sched::spawn::hibernate_entry().ok_or(BifError::BADARG)?;
    while p.heap.stack_size() > 0 {
        p.heap.stack_pop();
    }
    p.catches = 0;
    p.cp = exit_cp;
    p.x[..3].copy_from_slice(&a[..3]);
    p.compact(3);
    p.resume = Some(resume);
    fetch_signals(p);
    if p.mailbox.is_empty() {
        Err(BifError::Wait)
    } else {
        Err(BifError::Yield)
    }
}

/// `erts_internal:garbage_collect(Type)`, behind `erlang:garbage_collect/0`: collects the
/// calling process (every collection is a full one); `true`.
pub(super) fn internal_garbage_collect_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0]
        .as_atom()
        .is_some_and(|t| matches!(t.text(), "major" | "minor"))
    {
        return badarg();
    }
    garbage_collect_0(p, &[])
}
