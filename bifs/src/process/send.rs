//! `send/2,3` (the `!` operator is `vm::sched::send`).

use vm::atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::sched::send::{send, SendError};
use vm::sched::system;
use vm::term::Term;

use super::links::remote_pid;
use super::{atom_named, is_atom};
use crate::lists::proper_list;

pub(super) fn send_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match send(system(), p, a[0], a[1]) {
        Ok(()) => Ok(a[1]),
        Err(SendError::BadDestination) => badarg(),
    }
}

pub(super) fn send_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(opts) = proper_list(a[2]) else {
        return badarg();
    };
    if !opts
        .iter()
        .all(|&o| is_atom(o, "nosuspend") || is_atom(o, "noconnect"))
    {
        return badarg();
    }
    let noconnect = opts.iter().any(|&o| is_atom(o, "noconnect"));
    match send(system(), p, a[0], a[1]) {
        // A message to another node would need a connection, which this node never has.
        Ok(()) if noconnect && is_remote(a[0]) => Ok(Term::atom(atom_named("noconnect"))),
        Ok(()) => Ok(Term::atom(atom::OK)),
        Err(SendError::BadDestination) => badarg(),
    }
}

/// Whether `dest` is on another node: a process or reference of another node, or `{Name,
/// Node}` with another node's name.
fn is_remote(dest: Term) -> bool {
    if remote_pid(dest).is_some() {
        return true;
    }
    if let Some(r) = dest.external_ref() {
        return r.node != atom::NONODE_AT_NOHOST;
    }
    match dest.tuple_elements() {
        Some(&[_, node]) => node.as_atom().is_some_and(|n| n != atom::NONODE_AT_NOHOST),
        _ => false,
    }
}
