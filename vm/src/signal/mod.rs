//! Signals between endpoints (processes and ports): messages, exit signals, link and unlink, monitor and demonitor,
//! group leader changes, timer expiry, and suspension.
//!
//! A sender copies every term a signal carries into a [`Payload`] (a heap fragment owned by the
//! signal), pushes the signal on the receiver's inbox (`crate::sched::ProcHandle`) and wakes the
//! receiver if it waits. The receiver takes signals from its inbox in arrival order when it is
//! scheduled and when a `receive` runs out of messages, and acts on them here ([`handle`]).
//! Because one inbox receives everything, signals from one sender are seen in the order they
//! were sent, as Erlang guarantees.

pub mod handle;
pub mod monitors;
pub mod port;
pub mod suspend;

pub use handle::{handle, Handled};
pub use monitors::drop_monitor;

use crate::atom::Atom;
use crate::copy::{copy_term, size_of};
use crate::heap::{HeapFragment, TermAlloc};
use crate::process::Process;
use crate::term::external::ExternalPid;
use crate::term::Term;

/// A term in transit: immediates travel as they are, anything else in a fragment of its own.
pub struct Payload {
    term: Term,
    fragment: Option<HeapFragment>,
}

impl Payload {
    /// Copies `term` (of the sending process, or a literal) into a new payload.
    pub fn copy(term: Term) -> Payload {
        let words = size_of(term);
        if words == 0 {
            return Payload {
                term,
                fragment: None,
            };
        }
        let mut fragment = HeapFragment::with_capacity(words);
        let term = copy_term(term, &mut fragment);
        Payload {
            term,
            fragment: Some(fragment),
        }
    }

    /// Builds a payload with `build`, which allocates in the given fragment.
    pub fn build(words: usize, build: impl FnOnce(&mut HeapFragment) -> Term) -> Payload {
        let mut fragment = HeapFragment::with_capacity(words.max(1));
        let term = build(&mut fragment);
        Payload {
            term,
            fragment: Some(fragment),
        }
    }

    /// An immediate term.
    pub const fn immediate(term: Term) -> Payload {
        Payload {
            term,
            fragment: None,
        }
    }

    /// The term, read without taking it over (only valid while the payload lives).
    pub fn peek(&self) -> Term {
        self.term
    }

    /// Hands the payload to process `p`: its fragment joins `p`'s heap, and the term is `p`'s.
    pub fn attach(self, p: &mut Process) -> Term {
        if let Some(f) = self.fragment {
            p.heap.attach_fragment(f);
        }
        self.term
    }

    /// Words of heap memory the payload holds.
    pub fn words(&self) -> usize {
        self.fragment.as_ref().map_or(0, |f| f.used_words())
    }
}

/// Why an exit signal was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// A linked process ended (or a link to a dead process was attempted: `noproc`).
    Link,
    /// `exit(Pid, Reason)`.
    Exit2,
}

/// A signal.
pub enum Signal {
    /// A message.
    Message(Payload),
    /// A message sent to an alias (a reference): delivered only while the alias is active.
    AliasMessage {
        /// The alias's reference number.
        ref_id: u64,
        /// The message.
        msg: Payload,
    },
    /// An exit signal.
    Exit {
        /// The sender.
        from: Term,
        /// The exit reason.
        reason: Payload,
        /// Link exit or `exit/2`.
        kind: ExitKind,
    },
    /// `from` linked to the receiver.
    Link {
        /// The linking process.
        from: Term,
    },
    /// `from` removed its link to the receiver.
    Unlink {
        /// The unlinking process.
        from: Term,
    },
    /// `from` monitors the receiver with reference number `ref_id`.
    Monitor {
        /// The watching process.
        from: Term,
        /// The monitor reference's number.
        ref_id: u64,
        /// The registered name the monitor was made with, for the 'DOWN' message.
        name: Option<Atom>,
    },
    /// The process monitored by the receiver's monitor `ref_id` ended: `msg` is the 'DOWN'
    /// message, delivered unless the monitor was removed meanwhile.
    MonitorDown {
        /// The monitor reference's number.
        ref_id: u64,
        /// The 'DOWN' message.
        msg: Payload,
    },
    /// The monitor `ref_id` held on the receiver was removed.
    Demonitor {
        /// The monitor reference's number.
        ref_id: u64,
    },
    /// The `receive ... after` timer numbered `timer` expired.
    Timeout {
        /// The timer's number.
        timer: u64,
    },
    /// `group_leader(GL, Pid)`.
    GroupLeader {
        /// The new group leader.
        leader: Term,
    },
    /// The receiver's link to another node's process `pid` is broken: this node is not
    /// connected to any other. Acts as an exit signal with reason `noconnection` from `pid`
    /// while the link exists. (A process sends it to itself when it links.)
    RemoteLinkDown {
        /// The linked process of the other node.
        pid: ExternalPid,
    },
    /// `from` suspends the receiver once more (`erlang:suspend_process/1,2`).
    Suspend {
        /// The suspending process.
        from: Term,
        /// The message `from` waits for once the suspension is in effect, if any.
        reply: Option<SuspendReply>,
    },
    /// `from` takes back one of its suspensions of the receiver (`erlang:resume_process/1`),
    /// or all of them (`from` ended).
    Resume {
        /// The resuming process.
        from: Term,
        /// Whether every suspension by `from` ends.
        all: bool,
    },
    /// A suspension the receiver asked for is in effect: one request to `suspendee` is done.
    SuspendDone {
        /// The suspended process.
        suspendee: Term,
    },
    /// Wakes the receiver so that the BIF it waits in looks again at what it waits for (the
    /// result of its dirty NIF, see `crate::nif::dirty`). Carries nothing and does nothing else.
    Wake,
}

/// The reply a suspending process wants: `{Tag, Result}`.
pub struct SuspendReply {
    /// The first element of the reply (a reference or a term of the suspending process).
    pub tag: Payload,
    /// `true` when `erlang:suspend_process/1,2` waits for the reply (the result is then `true`
    /// or `badarg`); false for `{asynchronous, Tag}` (the result is `suspended` or `badarg`).
    pub waiting: bool,
}

impl Signal {
    /// Whether this signal is a message (plain or through an alias).
    pub fn is_message(&self) -> bool {
        matches!(self, Signal::Message(_) | Signal::AliasMessage { .. })
    }
}

/// Builds `{'DOWN', Ref, process, Object, Reason}` in a new payload; `object` and `reason` are
/// terms of the caller (copied).
pub fn down_message(ref_term_id: (u64, u64), object: Term, reason: Term) -> Payload {
    down_message_of(crate::atom::PROCESS, ref_term_id, object, reason)
}

/// Builds `{'DOWN', Ref, Kind, Object, Reason}` (`Kind` is `process` or `port`) in a new
/// payload; `object` and `reason` are terms of the caller (copied).
pub fn down_message_of(kind: Atom, ref_term_id: (u64, u64), object: Term, reason: Term) -> Payload {
    let words = crate::copy::size_of(object) + crate::copy::size_of(reason) + 6 + 3;
    Payload::build(words, |f| {
        let r = f.local_ref(ref_term_id.0, ref_term_id.1);
        let o = copy_term(object, f);
        let why = copy_term(reason, f);
        f.tuple(&[
            Term::atom(crate::atom::DOWN_UPPER),
            r,
            Term::atom(kind),
            o,
            why,
        ])
    })
}

/// The atom `noconnection`: the reason of exit signals and 'DOWN' messages about other nodes'
/// processes.
pub fn noconnection() -> Term {
    Term::atom(Atom::intern("noconnection").unwrap_or(crate::atom::NOPROC))
}
