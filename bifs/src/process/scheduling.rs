//! Scheduling and memory: `yield/0`, `bump_reductions/1`, `garbage_collect/0,1,2`,
//! `hibernate/3`.

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
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

pub(super) fn garbage_collect_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
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

pub(super) fn garbage_collect_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if proper_list(a[1]).is_none() {
        return badarg();
    }
    garbage_collect_1(p, &a[..1])
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
