//! The message-passing instructions: `send`, the receive loop (`loop_rec`, `loop_rec_end`,
//! `remove_message`, `wait`, `wait_timeout`, `timeout`) and the receive markers.
//!
//! A `receive` walks the private message queue from its save pointer. When the queue is
//! exhausted, `loop_rec` takes the signals that arrived in the inbox (attaching message fragments
//! to the heap, acting on links, monitors and exit signals); if there is still nothing to look
//! at, the process waits (`wait`) and is resumed at the `loop_rec` when a signal arrives, or
//! when its `after` timer fires (`wait_timeout`).

use super::calls::Flow;
use super::{raise, Exit};
use crate::atom;
use crate::exception::{Class, Top};
use crate::heap::TermAlloc;
use crate::process::{Process, Resume};
use crate::sched::{self, send::SendError};
use crate::signal::{handle, Handled};
use crate::term::Term;
use crate::timer::Action;

/// Largest `after` timeout in milliseconds (erl's limit).
const MAX_TIMEOUT_MS: i64 = 0xFFFF_FFFF;

/// `send`: `x0 ! x1`; the result (`x1`) goes to `x0`.
pub fn send(p: &mut Process, ver: u32, ip: u32) -> Flow {
    let (dest, msg) = (p.x[0], p.x[1]);
    match sched::send::send(sched::system(), p, dest, msg) {
        Ok(()) => {
            p.x[0] = msg;
            Flow::Goto(ver, ip + 1)
        }
        Err(SendError::BadDestination) => {
            let args = p.heap.list(&[dest, msg]);
            let send = crate::atom::Atom::intern("send").unwrap_or(atom::ERLANG);
            raise::raise(
                p,
                Class::Error,
                Term::atom(atom::BADARG),
                Top::Bif {
                    module: atom::ERLANG,
                    function: send,
                    args,
                    version: ver,
                    ip,
                    caller: true,
                },
            )
        }
    }
}

/// Moves the signals that arrived in the inbox into the process (messages into the private
/// queue). Stops at a signal that ends the process, leaving the rest for the scheduler.
pub fn fetch_signals(p: &mut Process) {
    if p.pending_exit.is_some() {
        return;
    }
    // Looking at the inbox count first spares the handle's reference count when it is empty.
    let Some(h) = p.handle.as_ref().filter(|h| h.has_signals()).cloned() else {
        return;
    };
    while let Some(sig) = h.pop_signal() {
        if let Handled::Exit(reason) = handle(p, sig) {
            p.pending_exit = Some(reason);
            return;
        }
    }
}

/// `loop_rec`: the message at the save pointer, fetching new signals if the queue is used up;
/// `None` when there is nothing to look at (or the process must end).
#[inline]
pub fn loop_rec(p: &mut Process) -> Option<Term> {
    if let Some(m) = p.mailbox.peek() {
        return Some(m);
    }
    fetch_signals(p);
    if p.pending_exit.is_some() {
        return None;
    }
    p.mailbox.peek()
}

/// `loop_rec_end`: the current message did not match; look at the next one.
#[inline]
pub fn loop_rec_end(p: &mut Process) {
    p.mailbox.advance();
}

/// `remove_message`: the current message matched; take it out and end the receive.
pub fn remove_message(p: &mut Process) {
    p.mailbox.remove_current();
    end_receive(p);
}

/// `timeout`: the `after` clause runs; end the receive.
pub fn timeout(p: &mut Process) {
    p.mailbox.rewind();
    end_receive(p);
}

fn end_receive(p: &mut Process) {
    if let Some(id) = p.recv_timer.take() {
        sched::system().timers.cancel(id);
    }
    p.timed_out = false;
    p.recv_waiting = false;
}

/// `wait`: nothing matched; suspend until a signal arrives, then continue at `to` (the
/// `loop_rec`). `used` is the reductions used in the slice so far.
pub fn wait(p: &mut Process, ver: u32, to: u32, used: i64) -> Exit {
    p.reductions += used.max(0) as u64;
    p.resume = Some(Resume {
        version: ver,
        ip: to,
    });
    Exit::Wait
}

/// `wait_timeout`: as [`wait`], with the `after` timer started on first use; once it has
/// fired, continues with the next instruction (`timeout`).
pub fn wait_timeout(p: &mut Process, timeout: Term, ver: u32, to: u32, ip: u32, used: i64) -> Flow {
    if p.timed_out {
        return Flow::Goto(ver, ip + 1);
    }
    if p.recv_waiting {
        return Flow::Stop(wait(p, ver, to, used));
    }
    let ms = if timeout == Term::atom(atom::INFINITY) {
        None
    } else {
        match timeout.as_small() {
            Some(n) if (0..=MAX_TIMEOUT_MS).contains(&n) => Some(n as u64),
            _ => {
                return raise::raise(
                    p,
                    Class::Error,
                    Term::atom(crate::atom::Atom::intern("timeout_value").unwrap_or(atom::TIMEOUT)),
                    Top::Code { version: ver, ip },
                )
            }
        }
    };
    match ms {
        Some(0) => Flow::Goto(ver, ip + 1),
        Some(ms) => {
            p.recv_waiting = true;
            if p.recv_timer.is_none() {
                let sys = sched::system();
                let id = sched::new_ref_id();
                p.recv_timer = Some(id);
                if sys.timers.start(id, ms, Action::Timeout { pid: p.pid }) {
                    sys.runq.notify();
                }
            }
            Flow::Stop(wait(p, ver, to, used))
        }
        None => {
            p.recv_waiting = true;
            Flow::Stop(wait(p, ver, to, used))
        }
    }
}

/// `recv_marker_reserve`: a marker at the current end of the queue.
pub fn marker_reserve(p: &mut Process) -> Term {
    Term::small(p.mailbox.reserve_marker() as i64)
}

/// `recv_marker_bind`: ties a reserved marker to a fresh reference.
pub fn marker_bind(p: &mut Process, marker: Term, reference: Term) {
    if let (Some(m), Some(r)) = (marker.as_small(), reference.local_ref_id()) {
        p.mailbox.bind_marker(m as u64, r);
    }
}

/// `recv_marker_use`: start the coming receive at the reference's marker.
pub fn marker_use(p: &mut Process, reference: Term) {
    if let Some(r) = reference.local_ref_id() {
        p.mailbox.use_marker(r);
    }
}

/// `recv_marker_clear`: forget the reference's marker.
pub fn marker_clear(p: &mut Process, reference: Term) {
    if let Some(r) = reference.local_ref_id() {
        p.mailbox.clear_marker(r);
    }
}
