//! Sending messages: to a pid, a port, a registered name, `{Name, Node}`, or an alias (a
//! reference); and signals to ports ([`to_port`]).

use std::sync::Arc;

use super::table::{Direct, ProcHandle};
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
    } else if dest.is_local_port() {
        // A port takes the message as a command; a closed port drops it.
        let _ = to_port(sys, dest, Signal::Message(Payload::copy(msg)));
        return Ok(());
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
    } else if dest.external_pid().is_some() || dest.external_ref().is_some() {
        // No distribution: a message to another node's process (or to a reference that is no
        // alias) is lost, as when erl is not alive.
        return Ok(());
    } else {
        return Err(SendError::BadDestination);
    };
    if pid.is_local_port() {
        // A registered port.
        let _ = to_port(sys, pid, Signal::Message(Payload::copy(msg)));
        return Ok(());
    }
    deliver_message(sys, p, pid, msg);
    Ok(())
}

/// Sends message `msg` (a term of `p`) from `p` to the process `to`: straight onto its heap
/// and into its message queue when it is parked ([`ProcHandle::deliver_parked`]), else through
/// its inbox in a fragment of its own. Nothing happens if `to` no longer lives.
pub fn deliver_message(sys: &System, p: &mut Process, to: Term, msg: Term) {
    if to != p.pid {
        let Some(h) = destination(sys, p, to) else {
            return;
        };
        match h.deliver_parked(msg) {
            Direct::Delivered { wake } => {
                if wake {
                    sys.enqueue(h);
                }
                return;
            }
            Direct::Declined => {}
        }
    }
    let _ = deliver(sys, p, to, Signal::Message(Payload::copy(msg)));
}

/// The handle of process `to` (not `p` itself), from `p`'s last destination when it sends
/// there again, else from the process table (remembered as the last destination).
fn destination(sys: &System, p: &mut Process, to: Term) -> Option<Arc<ProcHandle>> {
    if let Some(h) = p.last_dest.as_ref().filter(|h| h.pid == to) {
        return Some(h.clone());
    }
    let h = sys.table.get(to)?;
    p.last_dest = Some(h.clone());
    Some(h)
}

/// Pushes `sig` to `to`, using `p`'s own handle when `p` sends to itself, and the handle of
/// the last process `p` sent to when it sends there again (no table lookup).
pub fn deliver(sys: &System, p: &mut Process, to: Term, sig: Signal) -> Result<(), Signal> {
    let h = if to == p.pid {
        match p.handle.clone() {
            Some(h) => h,
            None => return sys.send_signal(to, sig),
        }
    } else {
        match destination(sys, p, to) {
            Some(h) => h,
            None => return Err(sig),
        }
    };
    match h.push(sig) {
        Ok(true) => {
            sys.enqueue(h);
            Ok(())
        }
        Ok(false) => Ok(()),
        Err(sig) => {
            // The process has ended: forget its handle.
            if p.last_dest.as_ref().is_some_and(|d| d.pid == to) {
                p.last_dest = None;
            }
            Err(sig)
        }
    }
}

/// Hands `sig` to the port `to`, which acts on it at once under its lock
/// (`crate::signal::port`). `Err` gives the signal back if the port is closed.
pub fn to_port(sys: &System, to: Term, sig: Signal) -> Result<(), Signal> {
    match sys.ports.get(to) {
        Some(port) if port.is_open() => {
            crate::signal::port::handle(sys, &port, sig);
            Ok(())
        }
        _ => Err(sig),
    }
}
