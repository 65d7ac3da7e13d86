//! Suspending and resuming processes: `erts_internal:suspend_process/2`,
//! `resume_process/1`.

use vm::atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::process::Process;
use vm::sched::{new_ref_id, system};
use vm::signal::{Payload, Signal, SuspendReply};
use vm::term::Term;

use super::{atom_named, is_atom};
use crate::lists::proper_list;

/// `erts_internal:suspend_process/2`, behind `erlang:suspend_process/1,2`: `true` or `false`
/// at once, `badarg` / `badopt` for bad arguments, or, when the caller waits for the
/// suspension, a reference; the suspended process then sends `{Ref, true}`.
pub(super) fn internal_suspend_process_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let badopt = || Ok(Term::atom(atom_named("badopt")));
    let Some(opts) = proper_list(a[1]) else {
        return badopt();
    };
    let (mut unless_suspending, mut asynchronous, mut tag) = (false, false, None);
    for o in opts {
        if is_atom(o, "unless_suspending") {
            unless_suspending = true;
        } else if is_atom(o, "asynchronous") {
            asynchronous = true;
        } else if let Some(&[k, t]) = o.tuple_elements() {
            if !is_atom(k, "asynchronous") {
                return badopt();
            }
            asynchronous = true;
            tag = Some(t);
        } else {
            return badopt();
        }
    }
    let pid = a[0];
    let badarg_atom = Term::atom(atom::BADARG);
    if !pid.is_local_pid() || pid == p.pid {
        return Ok(badarg_atom);
    }
    let sys = system();
    let me = p.pid;
    let answer = |r: Term, result: &str| {
        let reply = SuspendReply {
            tag: Payload::copy(r),
            waiting: false,
        };
        vm::signal::suspend::send_reply(sys, me, reply, result);
    };
    forget_ended_suspendees(p);
    let suspending = p
        .suspend_state()
        .and_then(|s| s.suspendee(pid))
        .is_some_and(|s| s.active > 0);
    if sys.table.get(pid).is_none() {
        if !asynchronous {
            return Ok(badarg_atom);
        }
        if let Some(t) = tag {
            answer(t, "badarg");
        }
        return Ok(Term::TRUE);
    }
    if unless_suspending && suspending {
        if let Some(t) = tag {
            answer(t, "suspended");
        }
        return Ok(Term::FALSE);
    }
    let waiting_ref = (!asynchronous).then(|| p.heap.local_ref(new_ref_id(), 0));
    let reply = match (waiting_ref, tag) {
        (Some(r), _) => Some(SuspendReply {
            tag: Payload::copy(r),
            waiting: true,
        }),
        (None, Some(t)) => Some(SuspendReply {
            tag: Payload::copy(t),
            waiting: false,
        }),
        (None, None) => None,
    };
    p.suspend_state_mut().suspendee_mut(pid).outstanding += 1;
    match sys.send_signal(pid, Signal::Suspend { from: me, reply }) {
        Ok(()) => Ok(waiting_ref.unwrap_or(Term::TRUE)),
        Err(sig) => {
            // The process ended meanwhile.
            let s = p.suspend_state_mut().suspendee_mut(pid);
            s.outstanding = s.outstanding.saturating_sub(1);
            if asynchronous {
                vm::signal::suspend::answer_late(sys, sig);
                return Ok(Term::TRUE);
            }
            Ok(badarg_atom)
        }
    }
}

/// Drops the records of processes `p` suspended that have ended.
fn forget_ended_suspendees(p: &mut Process) {
    if let Some(s) = p.extra.as_mut().and_then(|e| e.suspend.as_mut()) {
        let table = &system().table;
        s.suspending
            .retain(|r| r.active + r.outstanding > 0 && table.get(r.pid).is_some());
    }
}

pub(super) fn resume_process_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() || pid == p.pid {
        return badarg();
    }
    forget_ended_suspendees(p);
    let Some(s) = p.extra.as_mut().and_then(|e| e.suspend.as_mut()) else {
        return badarg();
    };
    let Some(r) = s
        .suspending
        .iter_mut()
        .find(|r| r.pid == pid && r.active > 0)
    else {
        return badarg();
    };
    r.active -= 1;
    let sig = Signal::Resume {
        from: p.pid,
        all: false,
    };
    if system().send_signal(pid, sig).is_err() {
        return badarg();
    }
    Ok(Term::TRUE)
}
