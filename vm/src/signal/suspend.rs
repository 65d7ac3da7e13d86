//! The suspension signals: what a suspended process, a resumed one and a suspending one do
//! (see `crate::process::suspend` for how a suspended process is parked), and what is left to
//! do when either side ends.

use super::{Payload, Signal, SuspendReply};
use crate::atom::{self, Atom};
use crate::copy::{copy_term, size_of};
use crate::heap::TermAlloc;
use crate::process::suspend::SuspendState;
use crate::process::Process;
use crate::sched::System;
use crate::term::Term;

/// `from` suspends `p` once more: the suspension is in effect at once (`p` runs no more code
/// from its next scheduling on), so `from` learns that it is done and gets its reply.
pub fn suspend(p: &mut Process, from: Term, reply: Option<SuspendReply>) {
    p.add_suspension(from);
    let sys = crate::sched::system();
    let _ = sys.send_signal(from, Signal::SuspendDone { suspendee: p.pid });
    if let Some(r) = reply {
        let result = if r.waiting { "true" } else { "suspended" };
        send_reply(sys, from, r, result);
    }
}

/// `from` takes back one suspension of `p` (every one with `all`).
pub fn resume(p: &mut Process, from: Term, all: bool) {
    p.remove_suspension(from, all);
}

/// A suspension `p` asked `suspendee` for is in effect.
pub fn suspend_done(p: &mut Process, suspendee: Term) {
    let s = p.suspend_state_mut().suspendee_mut(suspendee);
    s.outstanding = s.outstanding.saturating_sub(1);
    s.active += 1;
}

/// Sends `{Tag, Result}` to `to`.
pub fn send_reply(sys: &System, to: Term, reply: SuspendReply, result: &str) {
    let result = Term::atom(Atom::intern(result).unwrap_or(atom::BADARG));
    let tag = reply.tag;
    let msg = Payload::build(size_of(tag.peek()) + 3, |f| {
        let t = copy_term(tag.peek(), f);
        f.tuple(&[t, result])
    });
    let _ = sys.send_signal(to, Signal::Message(msg));
}

/// Answers a suspension request that reached a process after it ended: `badarg`.
pub fn answer_late(sys: &System, sig: Signal) {
    if let Signal::Suspend {
        from,
        reply: Some(r),
    } = sig
    {
        send_reply(sys, from, r, "badarg");
    }
}

/// What an ending process leaves behind: the processes it suspends are resumed.
pub fn release(sys: &System, me: Term, state: &SuspendState) {
    for s in &state.suspending {
        if s.active + s.outstanding > 0 {
            let _ = sys.send_signal(
                s.pid,
                Signal::Resume {
                    from: me,
                    all: true,
                },
            );
        }
    }
}
