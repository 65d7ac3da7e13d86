//! What a port does with a signal: the port side of the one signal protocol.
//!
//! - a message `{Pid, {command, Data}}`, `{Pid, close}` or `{Pid, {connect, NewPid}}` from the
//!   connected process `Pid` is a command; any other message, or one naming another process,
//!   closes the port with reason `badsig`;
//! - a link exit signal ends the link and closes the port with the reason, unless the reason
//!   is `normal` and the sender is not the connected process (an `exit/2` signal likewise);
//! - link, unlink, monitor and demonitor update the port's links and monitors.

use super::{ExitKind, Signal};
use crate::atom::{self, Atom};
use crate::port::Port;
use crate::sched::System;
use crate::term::Term;

/// Acts on `sig` for the open port `port`.
pub fn handle(sys: &System, port: &Port, sig: Signal) {
    match sig {
        Signal::Message(msg) | Signal::AliasMessage { msg, .. } => command(sys, port, msg.peek()),
        Signal::Exit { from, reason, kind } => {
            if kind == ExitKind::Link && !port.remove_link(from) {
                return;
            }
            let r = reason.peek();
            if r == Term::atom(atom::NORMAL) && from != port.connected() {
                return;
            }
            let r = if kind == ExitKind::Exit2 && r == Term::atom(atom::KILL) {
                Term::atom(atom::KILLED)
            } else if r.is_immediate() {
                r
            } else {
                // A port keeps no heap: a compound reason reaches its links as `badsig`'s
                // counterpart in erl, the reason's atom when it has one.
                Term::atom(atom::KILLED)
            };
            port.close(sys, r);
        }
        Signal::Link { from } => {
            port.add_link(from);
        }
        Signal::Unlink { from } => {
            port.remove_link(from);
        }
        Signal::Monitor { from, ref_id, .. } => {
            port.add_watcher(ref_id, from);
        }
        Signal::Demonitor { ref_id } => {
            port.remove_watcher(ref_id);
        }
        _ => {}
    }
}

fn named(t: Term, name: &str) -> bool {
    t.as_atom().is_some_and(|a| a.text() == name)
}

/// A message sent to the port (a term of the message's payload).
fn command(sys: &System, port: &Port, msg: Term) {
    let badsig = || Term::atom(Atom::intern("badsig").unwrap_or(atom::BADARG));
    let Some(&[pid, cmd]) = msg.tuple_elements() else {
        port.close(sys, badsig());
        return;
    };
    if pid != port.connected() {
        port.close(sys, badsig());
        return;
    }
    if named(cmd, "close") {
        if port.close(sys, Term::atom(atom::NORMAL)) {
            port.reply_atom(sys, pid, Atom::intern("closed").unwrap_or(atom::OK));
        }
        return;
    }
    match cmd.tuple_elements() {
        Some(&[tag, data]) if named(tag, "command") => match crate::port::iodata_bytes(data) {
            Some(bytes) => {
                // A message never suspends its sender: on a busy port it waits in line.
                let _ = port.command(sys, None, &bytes, false);
            }
            None => {
                port.close(sys, badsig());
            }
        },
        Some(&[tag, new]) if named(tag, "connect") && new.is_local_pid() => {
            if port.connect(new) {
                port.reply_atom(sys, pid, Atom::intern("connected").unwrap_or(atom::OK));
            }
        }
        _ => {
            port.close(sys, badsig());
        }
    }
}
