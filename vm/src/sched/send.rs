//! Sending messages: to a pid, a registered name, `{Name, Node}`, or an alias (a reference).

use super::System;
use crate::atom;
use crate::process::Process;
use crate::signal::{Payload, Signal};
use crate::term::Term;

/// Why a send failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendError {
    /// The destination is not a pid, a registered name, `{Name, Node}` or a reference, or
    /// the name is not registered (`badarg`).
    BadDestination,
}

/// The owner of alias reference `r` (a pid), if `r` is a reference made as an alias.
pub fn alias_owner(r: Term) -> Option<Term> {
    r.local_ref_id()?;
    let owner = r.ref_owner_word();
    (owner != 0).then(|| Term::local_pid(owner - 1))
}

/// Sends `msg` (a term of `p`) from `p` to `dest`. Sending to a pid that no longer lives
/// succeeds and does nothing, as in Erlang.
pub fn send(sys: &System, p: &mut Process, dest: Term, msg: Term) -> Result<(), SendError> {
    let pid = if dest.is_local_pid() {
        dest
    } else if let Some(name) = dest.as_atom() {
        sys.registry
            .whereis(name)
            .ok_or(SendError::BadDestination)?
    } else if let Some(&[name, node]) = dest.tuple_elements() {
        let (Some(name), Some(node)) = (name.as_atom(), node.as_atom()) else {
            return Err(SendError::BadDestination);
        };
        if node != atom::NONODE_AT_NOHOST {
            // No distribution: a message to another node is lost.
            return Ok(());
        }
        match sys.registry.whereis(name) {
            Some(pid) => pid,
            None => return Ok(()),
        }
    } else if let Some(ref_id) = dest.local_ref_id() {
        let Some(owner) = alias_owner(dest) else {
            return Ok(());
        };
        let sig = Signal::AliasMessage {
            ref_id,
            msg: Payload::copy(msg),
        };
        let _ = deliver(sys, p, owner, sig);
        return Ok(());
    } else {
        return Err(SendError::BadDestination);
    };
    let _ = deliver(sys, p, pid, Signal::Message(Payload::copy(msg)));
    Ok(())
}

/// Pushes `sig` to `to`, using `p`'s own handle when `p` sends to itself.
pub fn deliver(sys: &System, p: &Process, to: Term, sig: Signal) -> Result<(), Signal> {
    if to == p.pid {
        if let Some(h) = p.handle.as_ref() {
            return h.push(sig).map(|_| ());
        }
    }
    sys.send_signal(to, sig)
}
