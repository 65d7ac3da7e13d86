//! What a process does with a signal taken from its inbox.

use super::{ExitKind, Signal};
use crate::atom;
use crate::heap::TermAlloc;
use crate::process::extra::AliasMode;
use crate::process::{Process, Watcher};
use crate::term::Term;

/// The outcome of handling one signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handled {
    /// The process goes on.
    Continue,
    /// The process must end with this exit reason (a term of the process).
    Exit(Term),
}

/// Acts on `sig` for process `p`.
pub fn handle(p: &mut Process, sig: Signal) -> Handled {
    match sig {
        Signal::Message(msg) => {
            let m = msg.attach(p);
            p.mailbox.push(m);
        }
        Signal::AliasMessage { ref_id, msg } => {
            let mode = p.extra.as_ref().and_then(|e| e.alias_mode(ref_id));
            match mode {
                Some(mode) => {
                    if mode == AliasMode::Reply {
                        // A reply through the alias ends the alias and its monitor.
                        let e = p.extra_mut();
                        e.remove_alias(ref_id);
                        if let Some(m) = e.take_monitor(ref_id) {
                            super::drop_monitor(crate::sched::system(), &m);
                        }
                    }
                    let m = msg.attach(p);
                    p.mailbox.push(m);
                }
                // An inactive alias: the message is dropped.
                None => drop(msg),
            }
        }
        Signal::Exit { from, reason, kind } => {
            if kind == ExitKind::Link {
                let linked = p.extra.as_mut().is_some_and(|e| e.remove_link(from));
                if !linked {
                    return Handled::Continue;
                }
            }
            let reason = reason.attach(p);
            return exit_signal(p, from, reason, kind);
        }
        Signal::Link { from } => {
            p.extra_mut().add_link(from);
        }
        Signal::Unlink { from } => {
            if let Some(e) = p.extra.as_mut() {
                e.remove_link(from);
            }
        }
        Signal::Monitor { from, ref_id, name } => {
            p.extra_mut().add_monitored_by(Watcher {
                ref_id,
                pid: from,
                name,
            });
        }
        Signal::MonitorDown { ref_id, msg } => {
            let Some(e) = p.extra.as_mut() else {
                return Handled::Continue;
            };
            let tag = e.take_tag(ref_id);
            if e.take_monitor(ref_id).is_some() {
                if e.alias_mode(ref_id)
                    .is_some_and(|m| m != AliasMode::Explicit)
                {
                    e.remove_alias(ref_id);
                }
                let m = msg.attach(p);
                let m = match tag {
                    Some(tag) => {
                        let tag = tag.attach(p);
                        retag(p, m, tag)
                    }
                    None => m,
                };
                p.mailbox.push(m);
            }
        }
        Signal::Demonitor { ref_id } => {
            if let Some(e) = p.extra.as_mut() {
                e.remove_monitored_by(ref_id);
            }
        }
        Signal::Timeout { timer } => {
            if p.recv_timer == Some(timer) {
                p.recv_timer = None;
                p.timed_out = true;
            }
        }
        Signal::GroupLeader { leader } => p.group_leader = leader,
        Signal::RemoteLinkDown { pid } => {
            let linked = p.extra.as_mut().is_some_and(|e| e.remove_remote_link(&pid));
            if !linked {
                return Handled::Continue;
            }
            let from = crate::term::external::make_external_pid(&mut p.heap, &pid);
            return exit_signal(p, from, super::noconnection(), ExitKind::Link);
        }
        Signal::Suspend { from, reply } => super::suspend::suspend(p, from, reply),
        Signal::Resume { from, all } => super::suspend::resume(p, from, all),
        Signal::SuspendDone { suspendee } => super::suspend::suspend_done(p, suspendee),
        Signal::Wake => {}
    }
    Handled::Continue
}

/// The 'DOWN' message `down` (a term of `p`) with its first element replaced by `tag`
/// (`monitor/3`'s `{tag, Tag}` option).
fn retag(p: &mut Process, down: Term, tag: Term) -> Term {
    match down.tuple_elements() {
        Some(&[_, r, kind, object, reason]) => p.heap.tuple(&[tag, r, kind, object, reason]),
        _ => down,
    }
}

/// An exit signal from `from` with `reason` (a term of `p`) reached `p`.
fn exit_signal(p: &mut Process, from: Term, reason: Term, kind: ExitKind) -> Handled {
    let kill = reason == Term::atom(atom::KILL);
    if kind == ExitKind::Exit2 && kill {
        return Handled::Exit(Term::atom(atom::KILLED));
    }
    if p.trap_exit {
        let msg = p.heap.tuple(&[Term::atom(atom::EXIT_UPPER), from, reason]);
        p.mailbox.push(msg);
        return Handled::Continue;
    }
    if reason == Term::atom(atom::NORMAL) {
        // A normal exit signal ends only the process that sent it to itself.
        if kind == ExitKind::Exit2 && from == p.pid {
            return Handled::Exit(reason);
        }
        return Handled::Continue;
    }
    Handled::Exit(reason)
}
